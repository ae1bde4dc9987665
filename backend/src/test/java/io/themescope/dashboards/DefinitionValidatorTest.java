package io.themescope.dashboards;

import io.themescope.themes.TaxonomyLoader;
import io.themescope.themes.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up validation of dashboard definitions, message by message, word for word. */
class DefinitionValidatorTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();
    private static final Predicate<String> THEMES = id -> TAXONOMY.theme(id).isPresent();

    private static final String GOOD_PANEL = """
            {"id": "p", "kind": "trend", "title": "T",
             "query": {"path": "/api/v1/series", "params": {"theme": ["arms-race"], "bucket": "year"}},
             "options": {"showTrendStats": true}}""";

    private static String dashboard(String... panels) {
        return """
                {"id": "x", "title": "X", "description": "D", "panels": [%s]}""".formatted(String.join(",", panels));
    }

    private static List<String> problems(String json) {
        try {
            DashboardCatalog.load(List.of(new DefinitionFile("dashboards/x.json", json)), THEMES);
            return List.of();
        } catch (InvalidDashboardsException e) {
            return e.problems();
        }
    }

    @Test
    void aValidDefinitionHasNoProblems() {
        assertThat(problems(dashboard(GOOD_PANEL))).isEmpty();
    }

    @Test
    void theBuiltInDefinitionsAreValidAndOrdered() {
        List<Dashboard> all = DashboardCatalog.load(DefinitionSources.builtIn(), THEMES);
        assertThat(all).extracting(Dashboard::id)
                .containsExactly("security-themes-over-time", "host-country-emphases", "theme-detail");
        assertThat(all).extracting(Dashboard::source).containsExactly("dashboards/security-themes-over-time.json",
                "dashboards/host-country-emphases.json", "dashboards/theme-detail.json");
    }

    @Test
    void anUnknownKindNamesTheFileTheFieldAndTheKinds() {
        String bad = GOOD_PANEL.replace("\"id\": \"p\"", "\"id\": \"q\"").replace("\"trend\"", "\"pie\"");
        assertThat(problems(dashboard(GOOD_PANEL, bad))).containsExactly(
                "dashboards/x.json: panels[1].kind must be one of trend, heatmap, hosts, cooccurrence, passages");
    }

    @Test
    void missingTopLevelFields() {
        assertThat(problems("{\"panels\": []}")).containsExactly(
                "dashboards/x.json: id is required",
                "dashboards/x.json: title is required",
                "dashboards/x.json: description is required",
                "dashboards/x.json: panels must be a non-empty array of panels");
    }

    @Test
    void badIdsUnknownFieldsAndBlankTitles() {
        assertThat(problems("""
                {"id": "My Dash", "title": " ", "description": "D", "order": "first", "colour": "red",
                 "panels": [%s]}""".formatted(GOOD_PANEL))).containsExactly(
                "dashboards/x.json: colour is not a known field; the fields are id, title, description, order, panels",
                "dashboards/x.json: id must be lower-case letters, digits and hyphens, like theme-detail",
                "dashboards/x.json: title must be a non-empty string",
                "dashboards/x.json: order must be a whole number");
    }

    @Test
    void notAnObject() {
        assertThat(problems("[1, 2]")).containsExactly(
                "dashboards/x.json: must be a JSON object with id, title, description and panels");
        assertThat(problems(dashboard("3"))).containsExactly(
                "dashboards/x.json: panels[0] must be an object with id, kind, title, query and options");
    }

    @Test
    void invalidJsonGivesLineAndColumn() {
        assertThat(problems("{\n  \"id\": \"x\",\n  \"title\": oops\n}")).containsExactly(
                "dashboards/x.json: is not valid JSON (line 3, column 12)");
        assertThat(problems("")).containsExactly(
                "dashboards/x.json: is empty; a definition is a JSON object with id, title, description and panels");
    }

    @Test
    void panelFieldsAndDuplicatePanelIds() {
        assertThat(problems(dashboard(GOOD_PANEL, GOOD_PANEL, "{\"kind\": \"trend\", \"size\": 2}"))).containsExactly(
                "dashboards/x.json: panels[1].id \"p\" is already the id of panels[0]",
                "dashboards/x.json: panels[2].size is not a known field; the fields are id, kind, title, query, options",
                "dashboards/x.json: panels[2].id is required",
                "dashboards/x.json: panels[2].title is required",
                "dashboards/x.json: panels[2].query is required");
    }

    @Test
    void unknownPathAndAPathThatDoesNotFitTheKind() {
        assertThat(problems(dashboard(GOOD_PANEL.replace("/api/v1/series", "/api/v1/seriez")))).containsExactly(
                "dashboards/x.json: panels[0].query.path must be one of /api/v1/series, /api/v1/compare/hosts,"
                        + " /api/v1/cooccurrence, /api/v1/mentions");
        assertThat(problems(dashboard("""
                {"id": "p", "kind": "hosts", "title": "T", "query": {"path": "/api/v1/series"}}"""))).containsExactly(
                "dashboards/x.json: panels[0].query.path must be /api/v1/compare/hosts for a hosts panel");
    }

    @Test
    void unknownParametersEnumValuesAndThemes() {
        assertThat(problems(dashboard("""
                {"id": "p", "kind": "trend", "title": "T", "query": {"path": "/api/v1/series", "params":
                 {"theme": ["arms-race", "piracy"], "metric": "rate", "colour": "red", "host": {"a": 1}}}}""")))
                .containsExactly(
                        "dashboards/x.json: panels[0].query.params.theme \"piracy\" is not a theme of the taxonomy in use",
                        "dashboards/x.json: panels[0].query.params.metric must be one of mentions, documents, per10k,"
                                + " share; got \"rate\"",
                        "dashboards/x.json: panels[0].query.params.colour is not a parameter of /api/v1/series; its"
                                + " parameters are theme, bucket, metric, smooth, from, to, series, host, kind",
                        "dashboards/x.json: panels[0].query.params.host must be a string, a number or a non-empty array"
                                + " of them");
    }

    @Test
    void aPassagesPanelMayNotTakeSeriesParameters() {
        assertThat(problems(dashboard("""
                {"id": "p", "kind": "passages", "title": "T",
                 "query": {"path": "/api/v1/mentions", "params": {"theme": "hadr", "metric": "share", "limit": 10}}}""")))
                .containsExactly("dashboards/x.json: panels[0].query.params.metric is not a parameter of"
                        + " /api/v1/mentions; its parameters are theme, bucket, bucketing, limit, cursor, from, to,"
                        + " series, host, kind");
    }

    @Test
    void optionsAreCheckedPerKind() {
        assertThat(problems(dashboard("""
                {"id": "p", "kind": "trend", "title": "T", "query": {"path": "/api/v1/series"},
                 "options": {"showIntervals": "yes", "measure": "count", "fixed": ["bucket", "colour"]}}""",
                """
                {"id": "c", "kind": "cooccurrence", "title": "C", "query": {"path": "/api/v1/cooccurrence"},
                 "options": {"measure": "odds", "top": 0, "fixed": "scope"}}""",
                """
                {"id": "h", "kind": "hosts", "title": "H", "query": {"path": "/api/v1/compare/hosts"},
                 "options": []}""")))
                .containsExactlyInAnyOrder(
                        "dashboards/x.json: panels[0].options.showIntervals must be true or false",
                        "dashboards/x.json: panels[0].options.measure is not an option of a trend panel; its options"
                                + " are fixed, wide, showIntervals, showTrendStats",
                        "dashboards/x.json: panels[0].options.fixed[1] \"colour\" is not a parameter of /api/v1/series",
                        "dashboards/x.json: panels[1].options.measure must be one of count, jaccard, pmi, lift",
                        "dashboards/x.json: panels[1].options.top must be a whole number of at least 1",
                        "dashboards/x.json: panels[1].options.fixed must be an array of parameter names",
                        "dashboards/x.json: panels[2].options must be an object");
    }

    @Test
    void aDashboardIdMayBeUsedOnce() {
        String one = dashboard(GOOD_PANEL);
        assertThatThrownBy(() -> DashboardCatalog.load(List.of(new DefinitionFile("dashboards/a.json", one),
                new DefinitionFile("mine/b.json", one)), THEMES))
                .isInstanceOf(InvalidDashboardsException.class)
                .hasMessage("mine/b.json: id \"x\" is already the id of dashboards/a.json");
    }

    @Test
    void problemsOfSeveralFilesAreReportedTogether() {
        assertThatThrownBy(() -> DashboardCatalog.load(List.of(new DefinitionFile("a.json", "{"),
                new DefinitionFile("b.json", "{\"id\": \"b\", \"title\": \"B\", \"description\": \"D\"}")), THEMES))
                .isInstanceOf(InvalidDashboardsException.class)
                .hasMessage("a.json: is not valid JSON (line 1, column 2)" + System.lineSeparator()
                        + "b.json: panels is required");
    }

    @Test
    void aUserDirectoryAddsItsJsonFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.json"), dashboard(GOOD_PANEL).replace("\"x\"", "\"mine\""));
        Files.writeString(dir.resolve("notes.txt"), "not a definition");
        List<DefinitionFile> files = DefinitionSources.read(dir);
        assertThat(files).extracting(DefinitionFile::name).contains(dir.resolve("mine.json").toString())
                .noneMatch(n -> n.endsWith("notes.txt"));
        assertThat(DashboardCatalog.load(files, THEMES)).extracting(Dashboard::id).last().isEqualTo("mine");
    }

    @Test
    void aMissingUserDirectoryIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> DefinitionSources.read(missing))
                .isInstanceOf(InvalidDashboardsException.class)
                .hasMessage("themescope.dashboards.dir: " + missing + " is not a directory");
    }
}

package io.themescope.dashboards;

import io.themescope.themes.Taxonomy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The dashboards this instance serves, loaded and validated once at start-up: the built-in ones from
 * the classpath plus any in {@code themescope.dashboards.dir}. Any broken file stops the start with
 * every problem listed, so a typo never reaches an analyst as a blank panel.
 */
@Component
final class DashboardCatalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Dashboard> dashboards;

    @Autowired
    DashboardCatalog(DashboardsProperties properties, Taxonomy taxonomy) {
        this(DefinitionSources.read(properties.dir()), id -> taxonomy.theme(id).isPresent());
    }

    DashboardCatalog(List<DefinitionFile> files, Predicate<String> knownTheme) {
        this.dashboards = load(files, knownTheme);
    }

    List<Dashboard> all() {
        return dashboards;
    }

    Optional<Dashboard> find(String id) {
        return dashboards.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    static List<Dashboard> load(List<DefinitionFile> files, Predicate<String> knownTheme) {
        DefinitionValidator validator = new DefinitionValidator(knownTheme);
        List<String> problems = new ArrayList<>();
        Map<String, Dashboard> byId = new LinkedHashMap<>();
        if (files.isEmpty()) {
            problems.add("dashboards/: no definitions found; the built-in ones are missing from the classpath");
        }
        for (DefinitionFile file : files) {
            JsonNode root = parse(file, problems);
            if (root == null) {
                continue;
            }
            List<String> found = validator.validate(file.name(), root);
            problems.addAll(found);
            if (!found.isEmpty()) {
                continue;
            }
            Dashboard d = Dashboard.of(file.name(), root);
            Dashboard earlier = byId.putIfAbsent(d.id(), d);
            if (earlier != null) {
                problems.add(file.name() + ": id \"" + d.id() + "\" is already the id of " + earlier.source());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDashboardsException(problems);
        }
        return byId.values().stream()
                .sorted(Comparator.comparingInt(Dashboard::order).thenComparing(Dashboard::id))
                .toList();
    }

    private static JsonNode parse(DefinitionFile file, List<String> problems) {
        try {
            JsonNode root = JSON.readTree(file.text());
            if (root == null || root.isMissingNode()) {
                problems.add(file.name() + ": is empty; a definition is a JSON object with id, title, description"
                        + " and panels");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add(file.name() + ": is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
            return null;
        }
    }
}

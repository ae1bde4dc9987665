package io.themescope.evaluation;

import io.themescope.themes.MentionExtractor;
import io.themescope.themes.TaxonomyLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default taxonomy on the hand-labelled validation corpus, which lives outside the repository
 * (third-party texts) in {@code shared/validation} beside it. A ratchet: precision and recall,
 * overall and per theme, must not fall below the figures README.md publishes under
 * "Measured validity"; regenerate that table with the command the README gives when they rise.
 */
class ValidationCorpusTest {

    static final String OVERRIDE = "THEMESCOPE_VALIDATION_DIR";
    private static final String SECTION = "## Measured validity";
    /** Published figures have three decimals. */
    private static final double TOLERANCE = 0.0005;
    /** Floors the figures may never fall below, whatever the README publishes. */
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.85;
    private static final double MIN_THEME_RECALL = 0.70;
    private static final int THEME_FLOOR_GOLD = 5;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)");

    /** The published precision and recall of one row; null where the README shows —. */
    record Published(Double precision, Double recall) {
    }

    @Test
    void theDefaultTaxonomyDoesNotFallBelowThePublishedFigures() throws IOException {
        Path validation = validationDir();
        Assumptions.assumeTrue(validation != null, "no validation corpus: expected shared/validation beside the"
                + " repository (../shared/validation from its root), or a folder named by " + OVERRIDE);
        List<Path> golds;
        try (Stream<Path> s = Files.list(validation)) {
            golds = s.filter(p -> p.getFileName().toString().matches("gold-.*\\.json")).sorted().toList();
        }
        assertThat(golds).as("gold-*.json in %s", validation).isNotEmpty();

        EvaluateCommand.Outcome outcome = EvaluateCommand.evaluate(golds, validation.resolve("corpus"),
                MentionExtractor.of(TaxonomyLoader.loadDefault()));
        assertThat(outcome.errors()).as("the validation gold is valid").isEmpty();
        EvaluationReport report = outcome.report();
        System.out.println(ReportText.table(report, 50));
        System.out.println(ReportText.markdown(report));

        Map<String, Published> published = published(readme());
        assertThat(published).as("rows of the table under %s in README.md", SECTION).containsKey("overall");
        List<String> fallen = new ArrayList<>();
        check("overall", report.overall().precision(), report.overall().recall(), published.get("overall"), fallen);
        Map<String, EvaluationReport.ThemeScore> byTheme = new LinkedHashMap<>();
        report.themes().forEach(t -> byTheme.put(t.theme(), t));
        for (Map.Entry<String, Published> row : published.entrySet()) {
            if (row.getKey().equals("overall")) {
                continue;
            }
            EvaluationReport.ThemeScore t = byTheme.get(row.getKey());
            if (t == null) {
                fallen.add(row.getKey() + ": published but no longer evaluated");
                continue;
            }
            check(row.getKey(), t.precision(), t.recall(), row.getValue(), fallen);
        }
        assertThat(fallen).as("figures below those published in README.md (%s); if a change lowers them on purpose,"
                + " say why and regenerate the table", SECTION).isEmpty();

        List<String> belowFloor = new ArrayList<>();
        if (report.overall().precision().value() < MIN_PRECISION) {
            belowFloor.add("overall precision " + report.overall().precision().value());
        }
        if (report.overall().recall().value() < MIN_RECALL) {
            belowFloor.add("overall recall " + report.overall().recall().value());
        }
        for (EvaluationReport.ThemeScore t : report.themes()) {
            if (t.gold() >= THEME_FLOOR_GOLD && t.recall().value() < MIN_THEME_RECALL) {
                belowFloor.add(t.theme() + " recall " + t.recall().value());
            }
        }
        assertThat(belowFloor).as("below the validity floors (precision %.2f and recall %.2f overall, recall %.2f"
                + " for a theme with %d or more gold mentions)", MIN_PRECISION, MIN_RECALL, MIN_THEME_RECALL,
                THEME_FLOOR_GOLD).isEmpty();
    }

    private static void check(String row, EvaluationReport.Proportion precision, EvaluationReport.Proportion recall,
                              Published published, List<String> fallen) {
        compare(row, "precision", precision, published.precision(), fallen);
        compare(row, "recall", recall, published.recall(), fallen);
    }

    private static void compare(String row, String what, EvaluationReport.Proportion now, Double published,
                                List<String> fallen) {
        if (published == null) {
            return; // no denominator when it was published
        }
        if (now == null) {
            fallen.add(String.format(Locale.ROOT, "%s %s: published %.3f, now undefined", row, what, published));
        } else if (now.value() < published - TOLERANCE - 1e-9) { // 1e-9: 0.813 - 0.0005 is not exactly 0.8125
            fallen.add(String.format(Locale.ROOT, "%s %s: published %.3f, now %.3f", row, what, published, now.value()));
        }
    }

    /** Rows of the first table under the section heading, by theme (or "overall"). */
    static Map<String, Published> published(String readme) {
        int at = readme.indexOf("\n" + SECTION + "\n");
        assertThat(at).as("README.md has a section %s", SECTION).isNotNegative();
        Map<String, Published> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : readme.substring(at + SECTION.length() + 2).lines().toList()) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.strip().equals(ReportText.MARKDOWN_HEADER)) {
                inTable = true;
                continue;
            }
            if (!inTable) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length < 8 || cells[1].strip().startsWith("---")) {
                continue;
            }
            rows.put(cells[1].strip(), new Published(number(cells[5]), number(cells[6])));
        }
        return rows;
    }

    private static Double number(String cell) {
        Matcher m = LEADING_NUMBER.matcher(cell.strip());
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private static String readme() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("backend"))) {
                return Files.readString(dir.resolve("README.md"));
            }
        }
        throw new AssertionError("README.md of the repository not found above " + Path.of("").toAbsolutePath());
    }

    /** {@value #OVERRIDE} (system property or environment), else shared/validation up to three levels up. */
    static Path validationDir() {
        String override = System.getProperty(OVERRIDE, System.getenv(OVERRIDE));
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override.strip());
            return Files.isDirectory(p) ? p : null;
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up <= 3 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("validation");
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void thePublishedTableIsReadCellByCell() {
        String readme = """
                # X

                ## Measured validity
                Some words.

                | theme | gold | predicted | matched | precision | recall | F1 |
                |---|---|---|---|---|---|---|
                | overall | 4 | 5 | 3 | 0.600 (0.231–0.882) | 0.750 (0.301–0.954) | 0.667 |
                | unity | 0 | 1 | 0 | 0.000 (0.000–0.793) | — | — |

                ## Next
                | theme | gold | predicted | matched | precision | recall | F1 |
                | arms-race | 1 | 1 | 1 | 1.000 (0.207–1.000) | 1.000 (0.207–1.000) | 1.000 |
                """;
        assertThat(published(readme)).containsExactly(Map.entry("overall", new Published(0.6, 0.75)),
                Map.entry("unity", new Published(0.0, null)));
    }
}

package io.themescope.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a panel draws and which API path it reads. Each kind names its options and their types, so
 * a typo in a definition fails at start-up instead of being silently ignored by the page.
 */
enum PanelKind {
    TREND(ApiCatalog.SERIES, Map.of("showTrendStats", Option.BOOLEAN, "showIntervals", Option.BOOLEAN)),
    HEATMAP(ApiCatalog.SERIES, Map.of()),
    HOSTS(ApiCatalog.HOSTS, Map.of("value", Option.of("residual", "share", "lift", "per10k"),
            "showTest", Option.BOOLEAN)),
    COOCCURRENCE(ApiCatalog.COOCCURRENCE, Map.of("measure", Option.of("count", "jaccard", "pmi", "lift"),
            "top", Option.COUNT)),
    PASSAGES(ApiCatalog.MENTIONS, Map.of());

    private final String path;
    private final Map<String, Option> options;

    PanelKind(String path, Map<String, Option> own) {
        this.path = path;
        Map<String, Option> all = new LinkedHashMap<>();
        // every kind takes these: params the page's controls leave alone, and a full-width layout
        all.put("fixed", Option.PARAMETERS);
        all.put("wide", Option.BOOLEAN);
        own.keySet().stream().sorted().forEach(k -> all.put(k, own.get(k)));
        this.options = all;
    }

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    String path() {
        return path;
    }

    Map<String, Option> options() {
        return options;
    }

    static List<String> params() {
        return java.util.Arrays.stream(values()).map(PanelKind::param).toList();
    }

    static java.util.Optional<PanelKind> parse(String value) {
        return java.util.Arrays.stream(values()).filter(k -> k.param().equals(value)).findFirst();
    }

    /** The type of an option value: a flag, a positive count, one of some words, or a list of parameter names. */
    record Option(String type, List<String> values) {
        static final Option BOOLEAN = new Option("boolean", List.of());
        static final Option COUNT = new Option("count", List.of());
        static final Option PARAMETERS = new Option("parameters", List.of());

        static Option of(String... values) {
            return new Option("enum", List.of(values));
        }
    }
}

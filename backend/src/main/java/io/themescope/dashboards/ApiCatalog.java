package io.themescope.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API paths a dashboard panel may draw from, each with its query parameters and, for the
 * enumerated ones, their values. A fixed table on purpose: a definition is checked at start-up,
 * before any request runs, and a test keeps this table in step with the OpenAPI description.
 */
final class ApiCatalog {

    static final String SERIES = "/api/v1/series";
    static final String HOSTS = "/api/v1/compare/hosts";
    static final String COOCCURRENCE = "/api/v1/cooccurrence";
    static final String MENTIONS = "/api/v1/mentions";

    private static final List<String> BUCKETS = List.of("year", "quarter", "month", "meeting");
    private static final List<String> KINDS = List.of("chairman-statement", "joint-declaration", "news-report",
            "other", "speech");
    private static final List<String> ANY = List.of();

    private static final Map<String, Map<String, List<String>>> PATHS = build();

    private ApiCatalog() {
    }

    private static Map<String, Map<String, List<String>>> build() {
        Map<String, Map<String, List<String>>> paths = new LinkedHashMap<>();
        paths.put(SERIES, params("theme", ANY, "bucket", BUCKETS,
                "metric", List.of("mentions", "documents", "per10k", "share"), "smooth", ANY));
        paths.put(HOSTS, params("theme", ANY, "sort", List.of("host", "meetings", "documents", "words", "mentions")));
        paths.put(COOCCURRENCE, params("theme", ANY, "scope", List.of("sentence", "document")));
        paths.put(MENTIONS, params("theme", ANY, "bucket", ANY, "bucketing", BUCKETS, "limit", ANY, "cursor", ANY));
        return paths;
    }

    /** Own parameters first, then the filters every analytics path shares. */
    private static Map<String, List<String>> params(Object... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], values);
        }
        m.put("from", ANY);
        m.put("to", ANY);
        m.put("series", ANY);
        m.put("host", ANY);
        m.put("kind", KINDS);
        return m;
    }

    static List<String> paths() {
        return List.copyOf(PATHS.keySet());
    }

    static boolean known(String path) {
        return PATHS.containsKey(path);
    }

    /** Parameter names of {@code path} in a stable order; empty for an unknown path. */
    static List<String> parameters(String path) {
        return List.copyOf(PATHS.getOrDefault(path, Map.of()).keySet());
    }

    /** The allowed values of an enumerated parameter; empty when any value is accepted (or unknown). */
    static Optional<List<String>> values(String path, String parameter) {
        List<String> v = PATHS.getOrDefault(path, Map.of()).get(parameter);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}

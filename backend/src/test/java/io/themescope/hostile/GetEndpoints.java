package io.themescope.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every GET endpoint under /api/v1 with each query parameter and a few valid values for it. A fixed
 * table, checked against the live OpenAPI description, so a new endpoint or parameter fails the
 * hostile tests until it is listed here. {@code base} is the least a request needs to be valid.
 */
final class GetEndpoints {

    record Endpoint(String path, String base, Map<String, List<String>> params) {
        @Override
        public String toString() {
            return path;
        }
    }

    /** One parameter of one endpoint. */
    record Param(Endpoint endpoint, String name) {
        @Override
        public String toString() {
            return endpoint.path() + " " + name;
        }
    }

    private static final List<String> THEMES = List.of("arms-race", "unity", "maritime-security,terrorism");
    private static final List<String> FROM = List.of("2014", "2015-01-01", "1970");
    private static final List<String> TO = List.of("2017", "2016-12-31", "2149");
    private static final List<String> SERIES = List.of("ADMM", "ADMM-Plus");
    private static final List<String> HOSTS = List.of("MM", "PH", "MY,PH");
    private static final List<String> KINDS = List.of("speech", "joint-declaration");
    private static final List<String> FORMATS = List.of("csv", "json", "ndjson", "parquet");
    private static final List<String> BUCKET_KEYS = List.of("2014", "2017-Q4", "2017-10", "admm-8");
    private static final List<String> BUCKETINGS = List.of("year", "quarter", "month", "meeting");

    static final String DOCUMENT = "/api/v1/documents/{id}";
    static final String DASHBOARD = "/api/v1/dashboards/{id}";

    static final List<Endpoint> ALL = List.of(
            new Endpoint("/api/v1/series", "theme=arms-race", params("theme", THEMES, "bucket", BUCKETINGS,
                    "metric", List.of("mentions", "documents", "per10k", "share"), "smooth", List.of("0", "3", "5"),
                    "from", FROM, "to", TO, "series", SERIES, "host", HOSTS, "kind", KINDS)),
            new Endpoint("/api/v1/compare/hosts", "", params("theme", THEMES, "from", FROM, "to", TO, "series", SERIES,
                    "host", HOSTS, "kind", KINDS, "sort", List.of("host", "meetings", "documents", "words", "mentions"))),
            new Endpoint("/api/v1/cooccurrence", "", params("theme", THEMES, "scope", List.of("sentence", "document"),
                    "from", FROM, "to", TO, "series", SERIES, "host", HOSTS, "kind", KINDS)),
            new Endpoint("/api/v1/mentions", "", params("theme", THEMES, "from", FROM, "to", TO, "series", SERIES,
                    "host", HOSTS, "kind", KINDS, "bucket", BUCKET_KEYS, "bucketing", BUCKETINGS,
                    "limit", List.of("1", "2", "200"), "cursor", List.of("<issued>"))),
            new Endpoint("/api/v1/export/series", "theme=arms-race", params("theme", THEMES, "bucket", BUCKETINGS,
                    "metric", List.of("mentions", "share"), "smooth", List.of("0", "3"), "from", FROM, "to", TO,
                    "series", SERIES, "host", HOSTS, "kind", KINDS, "format", FORMATS, "layout", List.of("long", "wide"))),
            new Endpoint("/api/v1/export/hosts", "", params("theme", THEMES, "from", FROM, "to", TO, "series", SERIES,
                    "host", HOSTS, "kind", KINDS, "sort", List.of("host", "mentions"), "format", FORMATS)),
            new Endpoint("/api/v1/export/mentions", "", params("theme", THEMES, "from", FROM, "to", TO, "series", SERIES,
                    "host", HOSTS, "kind", KINDS, "bucket", BUCKET_KEYS, "bucketing", BUCKETINGS, "format", FORMATS)),
            new Endpoint("/api/v1/documents", "", params("meeting", List.of("admm-8", "admm-9,admm-plus-4"),
                    "series", SERIES, "host", HOSTS, "from", FROM, "to", TO, "limit", List.of("1", "500"),
                    "offset", List.of("0", "1", "2147483647"))),
            new Endpoint(DOCUMENT, "", params("text", List.of("true", "false"))),
            new Endpoint(DOCUMENT + "/source", "", params()),
            new Endpoint("/api/v1/meetings", "", params("series", SERIES, "host", HOSTS, "from", FROM, "to", TO)),
            new Endpoint("/api/v1/themes", "", params()),
            new Endpoint("/api/v1/dashboards", "", params()),
            new Endpoint("/api/v1/backups", "", params()),
            new Endpoint(DASHBOARD, "", params()));

    static final List<Param> PARAMS = ALL.stream()
            .flatMap(e -> e.params().keySet().stream().map(name -> new Param(e, name))).toList();

    private GetEndpoints() {
    }

    private static Map<String, List<String>> params(Object... namesAndValues) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) namesAndValues[i + 1];
            out.put((String) namesAndValues[i], values);
        }
        return out;
    }
}

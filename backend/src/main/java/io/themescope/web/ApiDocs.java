package io.themescope.web;

/**
 * Parameter descriptions shared by the OpenAPI annotations of every analytics endpoint, so the
 * same filter reads the same everywhere in the published API description.
 */
public final class ApiDocs {

    public static final String FROM = "Start of the period: a year (2016, meaning 2016-01-01) or a date (2016-05-25), from 1970-01-01 to 2149-06-06. Default: all data.";
    public static final String TO = "End of the period: a year (2016, meaning 2016-12-31) or a date, from 1970-01-01 to 2149-06-06. Default: all data.";
    public static final String SERIES = "Meeting series, repeatable or comma-separated, e.g. ADMM, ADMM-Plus.";
    public static final String HOST = "Host country, ISO 3166-1 alpha-2 in capitals, repeatable, e.g. LA.";
    public static final String KIND = "Document kind, repeatable.";
    public static final String THEME = "Theme id from GET /api/v1/themes, repeatable.";
    public static final String FORMAT = "Download format.";
    public static final String BUCKET_KEY = "Key of one chart point as the series endpoint writes it: 2016, 2016-Q2, 2016-05 or a meeting id.";
    public static final String[] KINDS = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"};
    public static final String[] BUCKETS = {"year", "quarter", "month", "meeting"};
    public static final String[] METRICS = {"mentions", "documents", "per10k", "share"};
    public static final String[] FORMATS = {"csv", "json", "ndjson", "parquet"};

    private ApiDocs() {
    }
}

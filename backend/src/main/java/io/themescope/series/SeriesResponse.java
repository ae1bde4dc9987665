package io.themescope.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.themescope.analytics.Meta;

import java.time.LocalDate;
import java.util.List;

/**
 * The series answer: the resolved query, meta (warnings, synthetic, taxonomy), every bucket with
 * its denominators, and per theme its points and trend. Panels draw it as is.
 */
public record SeriesResponse(ResolvedQuery query, Meta meta, List<BucketView> buckets, List<ThemeSeries> series) {

    public record ResolvedQuery(List<String> theme, String bucket, String metric, int smooth, LocalDate from,
                                LocalDate to, List<String> series, List<String> host, List<String> kind) {
    }

    public record BucketView(String key, String label, LocalDate start, LocalDate end, long documents, long words) {
    }

    public record ThemeSeries(String theme, String label, List<Point> points, TrendView trend) {
    }

    public record Point(String bucket, Double value, Double raw, long mentions, long documents, long words,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double low,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double high) {
    }

    /** Trend statistics on the unsmoothed, non-null values, x = bucket position (0, 1, 2, ...). */
    public record TrendView(int n, Double olsSlope, Double olsIntercept, Double olsPValue, Double rSquared,
                            Double kendallTau, Double mannKendallPValue, Double senSlope) {
    }
}

package io.themescope.series;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;
import io.themescope.analytics.ThemeParams;
import io.themescope.themes.Taxonomy;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Parse and validate stage of the series pipeline: raw parameters in, a {@link SeriesQuery} or every error out. */
@Component
public final class SeriesQueryParser {

    public static final int MAX_SMOOTH = 25;

    private final Taxonomy taxonomy;
    private final Clock clock;
    private final io.themescope.web.QueryLimits limits;

    public SeriesQueryParser(Taxonomy taxonomy, Clock clock, io.themescope.web.QueryLimits limits) {
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.limits = limits;
    }

    public SeriesQuery parse(List<String> theme, String bucket, String metric, String smooth, String from, String to,
                             List<String> series, List<String> host, List<String> kind) {
        List<ApiError> errors = new ArrayList<>();
        List<String> themes = collect(errors, () -> ThemeParams.parse(theme, taxonomy, 1, limits.maxSeriesThemes(),
                "themescope.limits.max-series-themes"));
        Bucketing bucketing = collect(errors, () -> Bucketing.parse(bucket, "bucket"));
        Metric m = collect(errors, () -> Metric.parse(metric));
        Integer window = collect(errors, () -> smoothing(smooth));
        Filters filters = collect(errors, () -> Filters.parse(from, to, series, host, kind));
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return new SeriesQuery(themes, bucketing, m, window, filters, LocalDate.now(clock));
    }

    static int smoothing(String smooth) {
        if (smooth == null || smooth.isBlank()) {
            return 0;
        }
        int w;
        try {
            w = io.themescope.web.QueryParams.wholeNumber(smooth);
        } catch (NumberFormatException e) {
            throw ApiValidationException.of("smooth", "integer", "smooth must be a whole number of buckets; got \""
                    + smooth + "\".");
        }
        if (w < 0 || w > MAX_SMOOTH || (w > 1 && w % 2 == 0)) {
            throw ApiValidationException.of("smooth", "odd-window", "smooth must be 0 (off) or an odd window of 3 to "
                    + MAX_SMOOTH + " buckets, centred on each bucket; got " + w + ".");
        }
        return w <= 1 ? 0 : w;
    }

    private static <T> T collect(List<ApiError> errors, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}

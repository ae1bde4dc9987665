package io.themescope.series;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;

import java.time.LocalDate;
import java.util.List;

/**
 * One series request, validated and immutable, from HTTP to SQL to the response's {@code query}
 * echo. {@code today} comes from the injected clock, so "until now" is testable.
 */
public record SeriesQuery(List<String> themes, Bucketing bucket, Metric metric, int smooth, Filters filters,
                          LocalDate today) {
}

package io.themescope.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one analytics request may ask for: themes in a series (each is a line on a chart and a
 * share of the query), themes in a host comparison, and page sizes. Exceeding one is a 400 that
 * names the parameter and the property; rows per export are a guard rail of ClickHouse's.
 */
@ConfigurationProperties("themescope.limits")
public record QueryLimits(@DefaultValue("12") int maxSeriesThemes,
                          @DefaultValue("40") int maxHostThemes,
                          @DefaultValue("200") int maxPassagesPage,
                          @DefaultValue("500") int maxDocumentsPage) {

    /** The defaults, for code built outside Spring (tests, the CLI). */
    public static QueryLimits defaults() {
        return new QueryLimits(12, 40, 200, 500);
    }
}

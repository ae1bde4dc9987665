package io.themescope.series;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a series point measures. Every point also carries mentions, documents and words, so the
 * denominator behind a rate is always one field away.
 */
public enum Metric {
    /** Theme mentions in the bucket. */
    MENTIONS,
    /** Documents in the bucket mentioning the theme at least once. */
    DOCUMENTS,
    /** Mentions per 10,000 words of all matching documents in the bucket; null without documents. */
    PER10K,
    /** The theme's share of all theme mentions in the bucket; null when there are none. */
    SHARE;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric parse(String value) {
        if (value == null || value.isBlank()) {
            return MENTIONS;
        }
        for (Metric m : values()) {
            if (m.param().equals(value.strip())) {
                return m;
            }
        }
        throw new ApiValidationException(List.of(new ApiError("metric", "enum", "metric must be one of "
                + String.join(", ", Arrays.stream(values()).map(Metric::param).toList()) + "; got \"" + value + "\".")));
    }
}

package io.themescope.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Centred moving average for time-series charts. Missing buckets (null) are skipped rather than
 * read as zero, a missing bucket stays missing in the output, and windows are shortened at the
 * ends of the series instead of dropping the end points; the result lists where that happened.
 */
public final class MovingAverage {

    private MovingAverage() {
    }

    /**
     * Smooths {@code values} with a centred window of {@code window} buckets: output i is the mean
     * of the non-null inputs among positions i − window/2 … i + window/2 that exist.
     *
     * <p>Window 0 or 1 turns smoothing off (values are returned unchanged, nothing truncated).
     * Even windows are rejected: a window of an even number of buckets has no centre bucket, and
     * the 2×k weighting that centres it does not combine cleanly with skipped nulls. A null input
     * bucket yields null. A window wider than the series is allowed; every output is then
     * truncated.
     *
     * @throws IllegalArgumentException for a negative or even window (other than 0), or a NaN
     *     or infinite value
     */
    public static Smoothed centred(Double[] values, int window) {
        Objects.requireNonNull(values, "values");
        if (window < 0) {
            throw new IllegalArgumentException("window must not be negative, got " + window);
        }
        if (window > 1 && window % 2 == 0) {
            throw new IllegalArgumentException("window must be odd so it has a centre bucket (or 0/1 for no"
                    + " smoothing), got " + window);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "] is not a finite number: " + values[i]);
            }
        }
        if (window <= 1) {
            return new Smoothed(Arrays.asList(values.clone()), window, List.of());
        }
        int half = window / 2;
        int n = values.length;
        List<Double> out = new ArrayList<>(n);
        List<Integer> truncated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                out.add(null);
                continue;
            }
            int from = i - half;
            int to = i + half;
            if (from < 0 || to > n - 1) {
                truncated.add(i);
            }
            double sum = 0;
            int count = 0;
            for (int j = Math.max(0, from); j <= Math.min(n - 1, to); j++) {
                if (values[j] != null) {
                    sum += values[j];
                    count++;
                }
            }
            out.add(sum / count);
        }
        return new Smoothed(out, window, truncated);
    }
}

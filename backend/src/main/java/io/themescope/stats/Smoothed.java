package io.themescope.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A series after {@link MovingAverage#centred}: one value per input bucket (null where the input
 * bucket had no data) and the buckets whose window was cut short by the start or end of the
 * series, so the caller can flag the edges of the chart as less smoothed.
 *
 * @param values smoothed values, same length and order as the input; may contain nulls
 * @param window the window that was applied (0 or 1 means smoothing was off)
 * @param truncatedPositions ascending indices of non-null outputs averaged over a shortened window
 */
public record Smoothed(List<Double> values, int window, List<Integer> truncatedPositions) {

    public Smoothed {
        for (Double v : values) {
            Finite.require("values", v);
        }
        values = Collections.unmodifiableList(new ArrayList<>(values));
        truncatedPositions = List.copyOf(truncatedPositions);
    }

    /** True when at least one output used a window cut short by an edge of the series. */
    public boolean truncated() {
        return !truncatedPositions.isEmpty();
    }
}

package io.themescope.series;

import io.themescope.meetings.MeetingRef;

import java.util.List;
import java.util.Map;

/**
 * What the database said, per meeting: the run stage's output and the shape stage's input. Keeping
 * it a plain value lets the shaping (buckets, zeros, rates, smoothing, trends) be tested without a database.
 */
public record SeriesData(List<MeetingRef> meetings, Map<String, Map<String, Counts>> themeCounts,
                         Map<String, Long> allThemeMentions, Map<String, Totals> totals) {

    /** Mentions of one theme at one meeting, and how many documents they came from. */
    public record Counts(long mentions, long documents) {
    }

    /** Documents and words of one meeting under the filters, and whether any of them is synthetic. */
    public record Totals(long documents, long words, boolean synthetic) {
    }
}

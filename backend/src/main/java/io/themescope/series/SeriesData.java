package io.themescope.series;

import io.themescope.meetings.MeetingRef;

import java.util.List;
import java.util.Map;

/**
 * What the database said, per group (a calendar bucket key, or a meeting id for meeting buckets and
 * for meetings dated too coarsely for the buckets): the run stage's output and the shape stage's input. Keeping
 * it a plain value lets the shaping (buckets, zeros, rates, smoothing, trends) be tested without a database.
 */
public record SeriesData(List<MeetingRef> meetings, Map<String, Map<String, Counts>> themeCounts,
                         Map<String, Long> allThemeMentions, Map<String, Totals> totals, Range range) {

    /**
     * Counts keyed by meeting id only (no bucket keys) and no range: the shaper derives the range
     * from the meetings that have data.
     */
    public SeriesData(List<MeetingRef> meetings, Map<String, Map<String, Counts>> themeCounts,
                      Map<String, Long> allThemeMentions, Map<String, Totals> totals) {
        this(meetings, themeCounts, allThemeMentions, totals, null);
    }

    /** First and last meeting date of the documents the buckets can hold. */
    public record Range(java.time.LocalDate first, java.time.LocalDate last) {
    }

    /** Mentions of one theme at one meeting, and how many documents they came from. */
    public record Counts(long mentions, long documents) {
    }

    /** Documents and words of one meeting under the filters, and whether any of them is synthetic. */
    public record Totals(long documents, long words, boolean synthetic) {
    }
}

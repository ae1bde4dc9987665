package io.themescope.passages;

import io.themescope.analytics.Meta;

import java.time.LocalDate;
import java.util.List;

/** One page of passages; {@code nextCursor} is null on the last page. */
public record PassagesResponse(ResolvedQuery query, Meta meta, List<Item> items, String nextCursor) {

    public record ResolvedQuery(List<String> theme, LocalDate from, LocalDate to, List<String> series,
                                List<String> host, List<String> kind, String bucketing, String bucket, int limit) {
    }

    public record MeetingInfo(String id, String label, LocalDate date, String host) {
    }

    /**
     * {@code termStart}/{@code termEnd} are offsets inside {@code sentence}, for highlighting; {@code page}
     * is the page of the original file, null where it has no pages.
     */
    public record Item(String documentId, String documentTitle, MeetingInfo meeting, String theme, String term,
                       String sentence, int start, int end, int termStart, int termEnd, Integer page,
                       boolean synthetic) {
    }
}

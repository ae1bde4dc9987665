package io.themescope.passages;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;

import java.util.List;

/**
 * A request for the passages behind a number: themes, filters, optionally one chart point
 * (bucketing + bucket key), page size and the cursor where the previous page ended.
 */
public record PassageQuery(List<String> themes, Filters filters, Bucketing bucketing, String bucket, int limit,
                           Cursor after) {

    /** The sort key of the last item of a page: newest meeting first, then document, offset, theme. */
    public record Cursor(java.time.LocalDate date, String documentId, int start, String theme) {
    }
}

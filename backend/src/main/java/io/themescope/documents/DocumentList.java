package io.themescope.documents;

import io.themescope.meetings.MeetingRef;

import java.time.LocalDate;
import java.util.List;

/** One page of documents with the total that matched, so a client can page without guessing. */
record DocumentList(List<Item> items, long total, int limit, int offset) {

    record Item(String id, String title, String kind, LocalDate publishedOn, long words, boolean synthetic,
                MeetingRef meeting) {
    }
}

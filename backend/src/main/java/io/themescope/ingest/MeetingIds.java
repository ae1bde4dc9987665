package io.themescope.ingest;

import io.themescope.clickhouse.schema.Meetings;
import io.themescope.web.ApiError;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The answer to a document naming a meeting id that is not stored: the closest known ids by edit
 * distance, since the usual cause is a typo ("admm-81" for "admm-18") or the wrong series slug.
 */
final class MeetingIds {

    static final int SUGGESTIONS = 3;

    private MeetingIds() {
    }

    static ApiError unknown(DSLContext dsl, String id, Collection<String> alsoKnown) {
        TreeSet<String> known = new TreeSet<>(dsl.selectDistinct(Meetings.ID).from(Meetings.TABLE).fetch(Meetings.ID));
        known.addAll(alsoKnown);
        List<String> closest = closest(id, known);
        return new ApiError("meetingId", "known-meeting", "No meeting with id \"" + id + "\" is stored"
                + (closest.isEmpty() ? "; store it first with the meeting's facts (meeting)."
                : "; the closest known ids are " + String.join(", ", closest) + "."));
    }

    static List<String> closest(String id, Collection<String> known) {
        return known.stream()
                .sorted(Comparator.comparingInt((String k) -> distance(id, k)).thenComparing(k -> k))
                .limit(SUGGESTIONS)
                .toList();
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package io.themescope.ingest;

import io.themescope.clickhouse.schema.Meetings;
import io.themescope.web.ApiError;
import org.jooq.DSLContext;

import java.util.Collection;
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
        return io.themescope.web.Closest.to(id, known, SUGGESTIONS);
    }
}

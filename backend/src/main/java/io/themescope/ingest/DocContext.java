package io.themescope.ingest;

import java.time.LocalDate;

/** The facts every mention row of a document repeats, so analytics filter mentions without joins. */
record DocContext(String documentId, String meetingId, String series, LocalDate meetingDate, String datePrecision,
                  String hostCountry, String kind, boolean synthetic) {

    static DocContext of(String documentId, NewDocument doc) {
        NewDocument.MeetingInput m = doc.meeting();
        return new DocContext(documentId, m.id(), m.series(), m.date().date(), m.date().precision().label(),
                m.hostCountry(), doc.kind(), doc.synthetic());
    }
}

package io.themescope.ingest;

import io.themescope.clickhouse.schema.Meetings;
import io.themescope.web.ApiError;
import org.jooq.DSLContext;
import io.themescope.clickhouse.BulkInsert;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A meeting as stored. Documents name their meeting by its facts; the first document creates the
 * row and later ones must agree with it, because two hosts or dates for one meeting would put its
 * mentions in two places on every chart. Disagreement is reported, never silently overwritten.
 */
record MeetingRow(String id, String series, Integer number, LocalDate date, String precision, String hostCountry,
                  String hostCity, boolean virtual, String title, List<String> sources, boolean synthetic) {

    static MeetingRow of(NewDocument.MeetingInput m) {
        return new MeetingRow(m.id(), m.series(), m.number(), m.date().date(), m.date().precision().label(),
                m.hostCountry(), m.hostCity(), m.hostCity() == null, m.title(), List.of(), false);
    }

    /** This stored meeting as a document's meeting, keeping its stored id. */
    NewDocument.MeetingInput input() {
        return new NewDocument.MeetingInput(series, number, new PartialDate(date, PartialDate.Precision.fromLabel(precision)),
                hostCountry, hostCity, title, id);
    }

    static Map<String, MeetingRow> load(DSLContext dsl, Set<String> ids) {
        Map<String, MeetingRow> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Record r : dsl.select(Meetings.ID, Meetings.SERIES, Meetings.NUMBER, Meetings.DATE,
                        Meetings.DATE_PRECISION, Meetings.HOST_COUNTRY, Meetings.HOST_CITY, Meetings.VIRTUAL,
                        Meetings.TITLE, Meetings.SOURCES, Meetings.SYNTHETIC)
                .from(Meetings.TABLE)
                .where(Meetings.ID.in(ids))
                .orderBy(Meetings.UPDATED_AT.asc())
                .fetch()) {
            String[] sources = r.get(Meetings.SOURCES);
            out.put(r.get(Meetings.ID), new MeetingRow(r.get(Meetings.ID), r.get(Meetings.SERIES), r.get(Meetings.NUMBER),
                    r.get(Meetings.DATE), r.get(Meetings.DATE_PRECISION), r.get(Meetings.HOST_COUNTRY),
                    r.get(Meetings.HOST_CITY), Boolean.TRUE.equals(r.get(Meetings.VIRTUAL)), r.get(Meetings.TITLE),
                    sources == null ? List.of() : List.of(sources), Boolean.TRUE.equals(r.get(Meetings.SYNTHETIC))));
        }
        return out;
    }

    static void insert(BulkInsert bulk, Collection<MeetingRow> rows, LocalDateTime now) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (MeetingRow m : rows) {
            values.add(new Object[] {m.id, m.series, m.number, m.date, m.precision, m.date.getYear(), m.hostCountry,
                    m.hostCity, m.virtual, m.title, m.sources.toArray(String[]::new), m.synthetic, now});
        }
        bulk.insert(Meetings.TABLE, List.of(Meetings.ID, Meetings.SERIES, Meetings.NUMBER, Meetings.DATE,
                Meetings.DATE_PRECISION, Meetings.YEAR, Meetings.HOST_COUNTRY, Meetings.HOST_CITY, Meetings.VIRTUAL,
                Meetings.TITLE, Meetings.SOURCES, Meetings.SYNTHETIC, Meetings.UPDATED_AT), values);
    }

    /** The fields in which {@code wanted} contradicts this stored meeting; a missing optional fact is no contradiction. */
    List<ApiError> conflictsWith(MeetingRow wanted) {
        List<ApiError> errors = new ArrayList<>();
        if (!Objects.equals(date, wanted.date) || !Objects.equals(precision, wanted.precision)) {
            errors.add(conflict("meeting.date", wanted.date + " (" + wanted.precision + ")", date + " (" + precision + ")"));
        }
        if (!Objects.equals(hostCountry, wanted.hostCountry)) {
            errors.add(conflict("meeting.hostCountry", wanted.hostCountry, hostCountry));
        }
        if (wanted.hostCity != null && hostCity != null && !hostCity.equals(wanted.hostCity)) {
            errors.add(conflict("meeting.hostCity", wanted.hostCity, hostCity));
        }
        if (!Objects.equals(series, wanted.series)) {
            errors.add(conflict("meeting.series", wanted.series, series));
        }
        return errors;
    }

    private ApiError conflict(String field, Object given, Object stored) {
        return new ApiError(field, "matches-stored-meeting", "Meeting " + id + " is stored with " + field + " "
                + stored + "; this document says " + given + ".");
    }
}

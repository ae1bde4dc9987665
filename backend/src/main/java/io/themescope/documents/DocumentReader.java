package io.themescope.documents;

import io.themescope.clickhouse.schema.DocumentSources;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.meetings.MeetingRef;
import io.themescope.web.Period;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.jooq.impl.DSL.noCondition;

/**
 * Reads documents for the API. Filters are composable conditions that collapse to nothing when a
 * parameter is absent; documents carry their meeting's facts, so listing needs no join, while the
 * single-document view joins the meeting for host city and number.
 */
final class DocumentReader {

    private DocumentReader() {
    }

    record ListFilter(List<String> meetings, List<String> series, List<String> hosts, Period period, int limit,
                      int offset) {
    }

    static Condition where(ListFilter f) {
        Condition c = noCondition();
        if (!f.meetings().isEmpty()) {
            c = c.and(Documents.MEETING_ID.in(f.meetings()));
        }
        if (!f.series().isEmpty()) {
            c = c.and(Documents.SERIES.in(f.series()));
        }
        if (!f.hosts().isEmpty()) {
            c = c.and(Documents.HOST_COUNTRY.in(f.hosts()));
        }
        if (f.period().from() != null) {
            c = c.and(Documents.MEETING_DATE.ge(f.period().from()));
        }
        if (f.period().to() != null) {
            c = c.and(Documents.MEETING_DATE.le(f.period().to()));
        }
        return c;
    }

    static DocumentList list(DSLContext dsl, ListFilter f) {
        Condition c = where(f);
        long total = dsl.select(DSL.countDistinct(Documents.ID)).from(Documents.TABLE).where(c).fetchOne(0, Long.class);
        List<? extends Record> rows = dsl.select(Documents.ID, Documents.TITLE, Documents.KIND, Documents.PUBLISHED_ON,
                        Documents.WORDS, Documents.SYNTHETIC, Documents.MEETING_ID, Documents.SERIES,
                        Documents.MEETING_DATE, Documents.DATE_PRECISION, Documents.HOST_COUNTRY)
                .from(Documents.TABLE)
                .where(c)
                .orderBy(Documents.MEETING_DATE.asc(), Documents.ID.asc())
                .limit(f.limit()).offset(f.offset())
                .fetch();
        Map<String, Record> meetings = new java.util.HashMap<>();
        List<String> meetingIds = rows.stream().map(r -> r.get(Documents.MEETING_ID)).distinct().toList();
        if (!meetingIds.isEmpty()) {
            for (Record m : dsl.select(Meetings.ID, Meetings.NUMBER, Meetings.HOST_CITY).from(Meetings.TABLE)
                    .where(Meetings.ID.in(meetingIds)).orderBy(Meetings.UPDATED_AT.asc()).fetch()) {
                meetings.put(m.get(Meetings.ID), m);
            }
        }
        List<DocumentList.Item> items = new ArrayList<>();
        for (Record r : rows) {
            Record m = meetings.get(r.get(Documents.MEETING_ID));
            items.add(new DocumentList.Item(r.get(Documents.ID), r.get(Documents.TITLE), r.get(Documents.KIND),
                    r.get(Documents.PUBLISHED_ON), r.get(Documents.WORDS), r.get(Documents.SYNTHETIC),
                    MeetingRef.of(r.get(Documents.MEETING_ID), r.get(Documents.SERIES),
                            m == null ? null : m.get(Meetings.NUMBER), r.get(Documents.MEETING_DATE),
                            r.get(Documents.DATE_PRECISION), r.get(Documents.HOST_COUNTRY),
                            m == null ? null : m.get(Meetings.HOST_CITY))));
        }
        return new DocumentList(items, total, f.limit(), f.offset());
    }

    static DocumentView one(DSLContext dsl, String id, int generation, String taxonomyVersion, boolean withText) {
        Record d = dsl.select(Documents.ID, Documents.TITLE, Documents.KIND, Documents.PUBLISHED_ON,
                        Documents.SOURCE_URL, Documents.LANGUAGE, Documents.WORDS, Documents.CONTENT_HASH,
                        Documents.INGESTED_AT, Documents.SYNTHETIC, Documents.MEETING_ID, Documents.SERIES,
                        Documents.MEETING_DATE, Documents.DATE_PRECISION, Documents.HOST_COUNTRY,
                        withText ? Documents.TEXT : DSL.inline((String) null).as(Documents.TEXT.getName()))
                .from(Documents.TABLE)
                .where(Documents.ID.eq(id))
                .limit(1)
                .fetchOne();
        if (d == null) {
            return null;
        }
        Record m = dsl.select(Meetings.NUMBER, Meetings.HOST_CITY).from(Meetings.TABLE)
                .where(Meetings.ID.eq(d.get(Documents.MEETING_ID))).orderBy(Meetings.UPDATED_AT.desc()).limit(1).fetchOne();
        List<DocumentView.MentionView> mentions = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Record r : dsl.select(Mentions.THEME, Mentions.TERM, Mentions.START, Mentions.END, Mentions.SENTENCE,
                        Mentions.SENTENCE_START, Mentions.PAGE)
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation).and(Mentions.DOCUMENT_ID.eq(id)))
                .orderBy(Mentions.START.asc(), Mentions.THEME.asc())
                .fetch()) {
            mentions.add(new DocumentView.MentionView(r.get(Mentions.THEME), r.get(Mentions.TERM), r.get(Mentions.START),
                    r.get(Mentions.END), r.get(Mentions.SENTENCE), r.get(Mentions.SENTENCE_START), r.get(Mentions.PAGE)));
            counts.merge(r.get(Mentions.THEME), 1, Integer::sum);
        }
        MeetingRef meeting = MeetingRef.of(d.get(Documents.MEETING_ID), d.get(Documents.SERIES),
                m == null ? null : m.get(Meetings.NUMBER), d.get(Documents.MEETING_DATE), d.get(Documents.DATE_PRECISION),
                d.get(Documents.HOST_COUNTRY), m == null ? null : m.get(Meetings.HOST_CITY));
        return new DocumentView(d.get(Documents.ID), d.get(Documents.TITLE), d.get(Documents.KIND),
                d.get(Documents.PUBLISHED_ON), d.get(Documents.SOURCE_URL), d.get(Documents.LANGUAGE),
                d.get(Documents.WORDS), d.get(Documents.CONTENT_HASH), taxonomyVersion, d.get(Documents.INGESTED_AT),
                d.get(Documents.SYNTHETIC), meeting, source(dsl, id), counts, mentions,
                withText ? d.get(Documents.TEXT) : null);
    }

    /** Notes travel as one string: an array read through the driver came back empty. */
    private static final org.jooq.Field<String> NOTES_JOINED = DSL.field("arrayStringConcat({0}, {1})", String.class,
            DocumentSources.NOTES, DSL.inline("\n")).as("notes_joined");

    private static DocumentView.SourceView source(DSLContext dsl, String id) {
        Record s = dsl.select(DocumentSources.FORMAT, DocumentSources.CONTENT_TYPE, DocumentSources.FILE_NAME,
                        DocumentSources.SIZE, DocumentSources.SHA256, DocumentSources.PAGES, DocumentSources.CONVERTER,
                        NOTES_JOINED)
                .from(DocumentSources.TABLE).where(DocumentSources.DOCUMENT_ID.eq(id))
                .orderBy(DocumentSources.STORED_AT.desc()).limit(1).fetchOne();
        if (s == null) {
            return null;
        }
        String joined = s.get(NOTES_JOINED);
        List<String> notes = joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
        return new DocumentView.SourceView(s.get(DocumentSources.FORMAT), s.get(DocumentSources.CONTENT_TYPE),
                s.get(DocumentSources.FILE_NAME), s.get(DocumentSources.SIZE), s.get(DocumentSources.SHA256),
                s.get(DocumentSources.PAGES), s.get(DocumentSources.CONVERTER), notes);
    }

    /** The original file of a document: content type, file name and bytes; null when it has none. */
    record Original(String contentType, String fileName, byte[] bytes) {
    }

    static Original original(DSLContext dsl, String id) {
        Record s = dsl.select(DocumentSources.CONTENT_TYPE, DocumentSources.FILE_NAME, DocumentSources.CONTENT)
                .from(DocumentSources.TABLE).where(DocumentSources.DOCUMENT_ID.eq(id))
                .orderBy(DocumentSources.STORED_AT.desc()).limit(1).fetchOne();
        return s == null ? null : new Original(s.get(DocumentSources.CONTENT_TYPE), s.get(DocumentSources.FILE_NAME),
                java.util.Base64.getDecoder().decode(s.get(DocumentSources.CONTENT)));
    }
}

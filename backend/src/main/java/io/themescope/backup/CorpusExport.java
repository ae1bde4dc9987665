package io.themescope.backup;

import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Writes every stored document with its meeting as one NDJSON line in the ingest format, so a store
 * can be rebuilt anywhere with import (and re-extracted with a newer taxonomy). Documents come out in
 * id order, streamed from a cursor, so memory stays flat on any corpus size.
 */
public final class CorpusExport {

    private CorpusExport() {
    }

    /** Blocking; returns the number of documents written. */
    public static long write(DSLContext dsl, OutputStream out) {
        JsonMapper json = JsonMapper.builder().build();
        long n = 0;
        // the schema's fields are unqualified, so both tables get an alias and each field names its table
        try (Stream<? extends Record> rows = dsl.select(d(Documents.TITLE), d(Documents.KIND), d(Documents.PUBLISHED_ON),
                        d(Documents.SOURCE_URL), d(Documents.LANGUAGE), d(Documents.TEXT), d(Documents.SYNTHETIC),
                        m(Meetings.SERIES), m(Meetings.NUMBER), m(Meetings.DATE), m(Meetings.DATE_PRECISION),
                        m(Meetings.HOST_COUNTRY), m(Meetings.HOST_CITY), m(Meetings.TITLE))
                // FINAL: a meeting stored again (ReplacingMergeTree) must not repeat its documents
                .from(DSL.table("{0} AS {1} FINAL", Documents.TABLE, DSL.name("d")))
                .join(DSL.table("{0} AS {1} FINAL", Meetings.TABLE, DSL.name("m"))).on(m(Meetings.ID).eq(d(Documents.MEETING_ID)))
                .orderBy(d(Documents.ID))
                .fetchSize(500).fetchStream();
             JsonGenerator g = json.createGenerator(out)) {
            for (var it = rows.iterator(); it.hasNext(); ) {
                Record r = it.next();
                g.writeStartObject();
                g.writeStringProperty("title", r.get(d(Documents.TITLE)));
                g.writeStringProperty("kind", r.get(d(Documents.KIND)));
                LocalDate published = r.get(d(Documents.PUBLISHED_ON));
                if (published != null) {
                    g.writeStringProperty("publishedOn", published.toString());
                }
                if (r.get(d(Documents.SOURCE_URL)) != null) {
                    g.writeStringProperty("sourceUrl", r.get(d(Documents.SOURCE_URL)));
                }
                g.writeStringProperty("language", r.get(d(Documents.LANGUAGE)));
                g.writeObjectPropertyStart("meeting");
                g.writeStringProperty("series", r.get(m(Meetings.SERIES)));
                if (r.get(m(Meetings.NUMBER)) != null) {
                    g.writeNumberProperty("number", r.get(m(Meetings.NUMBER)));
                }
                g.writeStringProperty("date", partial(r.get(m(Meetings.DATE)), r.get(m(Meetings.DATE_PRECISION))));
                g.writeStringProperty("hostCountry", r.get(m(Meetings.HOST_COUNTRY)));
                if (r.get(m(Meetings.HOST_CITY)) != null) {
                    g.writeStringProperty("hostCity", r.get(m(Meetings.HOST_CITY)));
                }
                if (r.get(m(Meetings.TITLE)) != null) {
                    g.writeStringProperty("title", r.get(m(Meetings.TITLE)));
                }
                g.writeEndObject();
                g.writeStringProperty("text", r.get(d(Documents.TEXT)));
                if (Boolean.TRUE.equals(r.get(d(Documents.SYNTHETIC)))) {
                    g.writeBooleanProperty("synthetic", true);
                }
                g.writeEndObject();
                g.writeRaw('\n');
                n++;
            }
        }
        return n;
    }

    private static <T> org.jooq.Field<T> d(org.jooq.Field<T> f) {
        return DSL.field(DSL.name("d", f.getName()), f.getDataType());
    }

    private static <T> org.jooq.Field<T> m(org.jooq.Field<T> f) {
        return DSL.field(DSL.name("m", f.getName()), f.getDataType());
    }

    private static String partial(LocalDate date, String precision) {
        return switch (precision == null ? "day" : precision) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> date.toString().substring(0, 7);
            default -> date.toString();
        };
    }
}

package io.themescope.compare;

import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

import java.util.List;

/** SQL stage of the host comparison: mentions per host and theme, and per-host totals. */
public final class HostsSql {

    public static final Field<Long> MENTIONS = DSL.count().cast(Long.class).as("mentions");
    public static final Field<Long> DOCUMENTS = DSL.countDistinct(Documents.ID).cast(Long.class).as("documents");
    public static final Field<Long> WORDS = DSL.sum(Documents.WORDS).cast(Long.class).as("words");
    public static final Field<Boolean> SYNTHETIC = DSL.max(Documents.SYNTHETIC).as("synthetic");
    public static final Field<Long> MEETINGS = DSL.countDistinct(Meetings.ID).cast(Long.class).as("meetings");

    private HostsSql() {
    }

    public static Select<?> themeCounts(DSLContext dsl, List<String> themes, Filters filters, int generation) {
        return dsl.select(Mentions.HOST_COUNTRY, Mentions.THEME, MENTIONS)
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation))
                .and(Mentions.THEME.in(themes))
                .and(filters.onMentions())
                .groupBy(Mentions.HOST_COUNTRY, Mentions.THEME)
                .orderBy(Mentions.HOST_COUNTRY, Mentions.THEME);
    }

    public static Select<?> documentTotals(DSLContext dsl, Filters filters) {
        return dsl.select(Documents.HOST_COUNTRY, DOCUMENTS, WORDS, SYNTHETIC)
                .from(Documents.TABLE)
                .where(filters.onDocuments())
                .groupBy(Documents.HOST_COUNTRY)
                .orderBy(Documents.HOST_COUNTRY);
    }

    public static Select<?> meetingCounts(DSLContext dsl, Filters filters) {
        return dsl.select(Meetings.HOST_COUNTRY, MEETINGS)
                .from(Meetings.TABLE)
                .where(filters.onMeetings())
                .groupBy(Meetings.HOST_COUNTRY)
                .orderBy(Meetings.HOST_COUNTRY);
    }
}

package io.themescope.compare;

import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

import java.util.List;

/**
 * SQL stage of the host comparison: mentions per host and theme, and per-host totals, read from
 * the pre-aggregated tables; meetings hosted come from the (small) meetings table.
 */
public final class HostsSql {

    public static final Field<Long> MENTIONS = DSL.sum(ThemeMeetingCounts.MENTIONS).cast(Long.class).as("mentions");
    public static final Field<Long> DOCUMENTS = DSL.sum(DocumentMeetingTotals.DOCUMENTS).cast(Long.class).as("documents");
    public static final Field<Long> WORDS = DSL.sum(DocumentMeetingTotals.WORDS).cast(Long.class).as("words");
    public static final Field<Boolean> SYNTHETIC = DSL.max(DocumentMeetingTotals.SYNTHETIC).as("synthetic");
    public static final Field<Long> MEETINGS = DSL.countDistinct(Meetings.ID).cast(Long.class).as("meetings");

    private HostsSql() {
    }

    public static Select<?> themeCounts(DSLContext dsl, List<String> themes, Filters filters, int generation) {
        return dsl.select(ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.THEME, MENTIONS)
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.in(themes))
                .and(filters.onThemeCounts())
                .groupBy(ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.THEME)
                .orderBy(ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.THEME);
    }

    public static Select<?> documentTotals(DSLContext dsl, Filters filters) {
        return dsl.select(DocumentMeetingTotals.HOST_COUNTRY, DOCUMENTS, WORDS, SYNTHETIC)
                .from(DocumentMeetingTotals.TABLE)
                .where(filters.onDocumentTotals())
                .groupBy(DocumentMeetingTotals.HOST_COUNTRY)
                .orderBy(DocumentMeetingTotals.HOST_COUNTRY);
    }

    public static Select<?> meetingCounts(DSLContext dsl, Filters filters) {
        return dsl.select(Meetings.HOST_COUNTRY, MEETINGS)
                .from(Meetings.TABLE)
                .where(filters.onMeetings())
                .groupBy(Meetings.HOST_COUNTRY)
                .orderBy(Meetings.HOST_COUNTRY);
    }
}

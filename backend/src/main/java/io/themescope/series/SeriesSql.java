package io.themescope.series;

import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

import java.util.List;

/**
 * SQL stage of the series pipeline. It reads the pre-aggregated tables (filled on insert by
 * materialized views), counted per meeting, and buckets in Java: one query shape serves year,
 * quarter, month and meeting buckets, and document counts add up across meetings because a
 * document belongs to one meeting. Cost grows with meetings × themes, not with the corpus.
 */
public final class SeriesSql {

    public static final Field<Long> MENTIONS = DSL.sum(ThemeMeetingCounts.MENTIONS).cast(Long.class).as("mentions");
    public static final Field<Long> DOCUMENTS = DSL.field("uniqExactMerge({0})", Long.class, ThemeMeetingCounts.DOCUMENTS)
            .as("documents");
    public static final Field<Long> TOTAL_DOCUMENTS = DSL.sum(DocumentMeetingTotals.DOCUMENTS).cast(Long.class)
            .as("documents");
    public static final Field<Long> TOTAL_WORDS = DSL.sum(DocumentMeetingTotals.WORDS).cast(Long.class).as("words");
    public static final Field<Boolean> SYNTHETIC = DSL.max(DocumentMeetingTotals.SYNTHETIC).as("synthetic");

    private SeriesSql() {
    }

    /** Mentions and mentioning documents per meeting and requested theme. */
    public static Select<?> themeCounts(DSLContext dsl, List<String> themes, Filters filters, int generation) {
        return dsl.select(ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.THEME, MENTIONS, DOCUMENTS)
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.in(themes))
                .and(filters.onThemeCounts())
                .groupBy(ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.THEME)
                .orderBy(ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.THEME);
    }

    /** Mentions of all themes per meeting: the denominator of {@code share}. */
    public static Select<?> allThemeCounts(DSLContext dsl, Filters filters, int generation) {
        return dsl.select(ThemeMeetingCounts.MEETING_ID, MENTIONS)
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(filters.onThemeCounts())
                .groupBy(ThemeMeetingCounts.MEETING_ID)
                .orderBy(ThemeMeetingCounts.MEETING_ID);
    }

    /** Documents, words and the synthetic flag per meeting: bucket totals and the per10k denominator. */
    public static Select<?> documentTotals(DSLContext dsl, Filters filters) {
        return dsl.select(DocumentMeetingTotals.MEETING_ID, TOTAL_DOCUMENTS, TOTAL_WORDS, SYNTHETIC)
                .from(DocumentMeetingTotals.TABLE)
                .where(filters.onDocumentTotals())
                .groupBy(DocumentMeetingTotals.MEETING_ID)
                .orderBy(DocumentMeetingTotals.MEETING_ID);
    }
}

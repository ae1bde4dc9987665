package io.themescope.series;

import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Mentions;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

import java.util.List;

/**
 * SQL stage of the series pipeline. Everything is counted per meeting (a handful of rows per
 * meeting and theme) and bucketed in Java: one query shape serves year, quarter, month and meeting
 * buckets, and document counts add up across meetings because a document belongs to one meeting.
 */
public final class SeriesSql {

    public static final Field<Long> MENTIONS = DSL.count().cast(Long.class).as("mentions");
    public static final Field<Long> DOCUMENTS = DSL.countDistinct(Mentions.DOCUMENT_ID).cast(Long.class).as("documents");

    private SeriesSql() {
    }

    /** Mentions and mentioning documents per meeting and requested theme. */
    public static Select<?> themeCounts(DSLContext dsl, List<String> themes, Filters filters, int generation) {
        return dsl.select(Mentions.MEETING_ID, Mentions.THEME, MENTIONS, DOCUMENTS)
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation))
                .and(Mentions.THEME.in(themes))
                .and(filters.onMentions())
                .groupBy(Mentions.MEETING_ID, Mentions.THEME)
                .orderBy(Mentions.MEETING_ID, Mentions.THEME);
    }

    /** Mentions of all themes per meeting: the denominator of {@code share}. */
    public static Select<?> allThemeCounts(DSLContext dsl, Filters filters, int generation) {
        return dsl.select(Mentions.MEETING_ID, MENTIONS)
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation))
                .and(filters.onMentions())
                .groupBy(Mentions.MEETING_ID)
                .orderBy(Mentions.MEETING_ID);
    }

    /** Documents, words and the synthetic flag per meeting: bucket totals and the per10k denominator. */
    public static Select<?> documentTotals(DSLContext dsl, Filters filters) {
        return dsl.select(Documents.MEETING_ID,
                        DSL.countDistinct(Documents.ID).cast(Long.class).as("documents"),
                        DSL.sum(Documents.WORDS).cast(Long.class).as("words"),
                        DSL.max(Documents.SYNTHETIC).as("synthetic"))
                .from(Documents.TABLE)
                .where(filters.onDocuments())
                .groupBy(Documents.MEETING_ID)
                .orderBy(Documents.MEETING_ID);
    }
}

package io.themescope.series;

import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.List;

/**
 * SQL stage of the series pipeline: one round trip. It reads the pre-aggregated tables (filled on
 * insert by materialized views), per meeting, and tags each row with the part it answers: theme
 * counts ({@code t}), all-theme mentions for share ({@code a}), document and word totals
 * ({@code d}). Bucketing happens in Java, so one shape serves every bucket kind, and the cost grows
 * with meetings × themes, not with the corpus.
 */
public final class SeriesSql {

    public static final Field<String> PART = DSL.field(DSL.name("part"), SQLDataType.VARCHAR);
    public static final Field<String> MEETING = DSL.field(DSL.name("meeting"), SQLDataType.VARCHAR);
    public static final Field<String> THEME = DSL.field(DSL.name("theme_id"), SQLDataType.VARCHAR);
    public static final Field<Long> A = DSL.field(DSL.name("a"), SQLDataType.BIGINT);
    public static final Field<Long> B = DSL.field(DSL.name("b"), SQLDataType.BIGINT);
    public static final Field<Integer> SYNTHETIC = DSL.field(DSL.name("synthetic_any"), SQLDataType.INTEGER);

    private SeriesSql() {
    }

    /** Everything a series answer needs from ClickHouse; {@code withAll} adds the share denominator. */
    public static Select<Record6<String, String, String, Long, Long, Integer>> query(DSLContext dsl, List<String> themes, Filters filters, int generation,
                                    boolean withAll) {
        var q = themeCounts(dsl, themes, filters, generation).unionAll(documentTotals(dsl, filters));
        return withAll ? q.unionAll(allThemeCounts(dsl, filters, generation)) : q;
    }



    /** Mentions and mentioning documents per meeting and requested theme. */
    static org.jooq.SelectHavingStep<Record6<String, String, String, Long, Long, Integer>> themeCounts(DSLContext dsl, List<String> themes, Filters filters, int generation) {
        return dsl.select(DSL.inline("t").as(PART), ThemeMeetingCounts.MEETING_ID.as(MEETING),
                        ThemeMeetingCounts.THEME.as(THEME),
                        uint64(DSL.sum(ThemeMeetingCounts.MENTIONS)).as(A),
                        uint64(DSL.field("uniqExactMerge({0})", Long.class, ThemeMeetingCounts.DOCUMENTS)).as(B),
                        DSL.field("toUInt8(0)", Integer.class).as(SYNTHETIC))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.in(themes))
                .and(filters.onThemeCounts())
                .groupBy(ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.THEME);
    }

    /** Mentions of all themes per meeting: the denominator of {@code share}. */
    static org.jooq.SelectHavingStep<Record6<String, String, String, Long, Long, Integer>> allThemeCounts(DSLContext dsl, Filters filters, int generation) {
        return dsl.select(DSL.inline("a").as(PART), ThemeMeetingCounts.MEETING_ID.as(MEETING), DSL.inline("").as(THEME),
                        uint64(DSL.sum(ThemeMeetingCounts.MENTIONS)).as(A), DSL.field("toUInt64(0)", Long.class).as(B),
                        DSL.field("toUInt8(0)", Integer.class).as(SYNTHETIC))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(filters.onThemeCounts())
                .groupBy(ThemeMeetingCounts.MEETING_ID);
    }

    /** Documents, words and the synthetic flag per meeting: bucket totals and the per10k denominator. */
    static org.jooq.SelectHavingStep<Record6<String, String, String, Long, Long, Integer>> documentTotals(DSLContext dsl, Filters filters) {
        return dsl.select(DSL.inline("d").as(PART), DocumentMeetingTotals.MEETING_ID.as(MEETING), DSL.inline("").as(THEME),
                        uint64(DSL.sum(DocumentMeetingTotals.DOCUMENTS)).as(A),
                        uint64(DSL.sum(DocumentMeetingTotals.WORDS)).as(B),
                        DSL.field("toUInt8(max({0}))", Integer.class, DocumentMeetingTotals.SYNTHETIC).as(SYNTHETIC))
                .from(DocumentMeetingTotals.TABLE)
                .where(filters.onDocumentTotals())
                .groupBy(DocumentMeetingTotals.MEETING_ID);
    }

    private static Field<Long> uint64(Field<?> f) {
        return DSL.field("toUInt64({0})", Long.class, f);
    }
}

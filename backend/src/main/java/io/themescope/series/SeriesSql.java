package io.themescope.series;

import io.themescope.analytics.Bucketing;
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
    public static Select<Record6<String, String, String, Long, Long, Integer>> query(DSLContext dsl,
            List<String> themes, Filters filters, int generation, boolean withAll, Bucketing bucketing) {
        var q = themeCounts(dsl, themes, filters, generation, bucketing)
                .unionAll(documentTotals(dsl, filters, bucketing))
                .unionAll(range(dsl, filters, bucketing));
        return withAll ? q.unionAll(allThemeCounts(dsl, filters, generation, bucketing)) : q;
    }

    /**
     * The group each row is counted in: the bucket key itself for calendar buckets ({@code 2016},
     * {@code 2016-Q2}, {@code 2016-05}), so ClickHouse returns a row per bucket rather than per
     * meeting; the meeting id for meeting buckets and for meetings dated too coarsely for the
     * buckets, which the shaper leaves out with a warning.
     */
    static Field<String> group(Bucketing bucketing, Field<String> meetingId, Field<java.time.LocalDate> date,
                               Field<String> precision) {
        return switch (bucketing) {
            case MEETING -> meetingId;
            case YEAR -> DSL.field("toString(toYear({0}))", String.class, date);
            case QUARTER -> DSL.field("if({0} = 'year', {1}, concat(toString(toYear({2})), '-Q', toString(toQuarter({2}))))",
                    String.class, precision, meetingId, date);
            case MONTH -> DSL.field("if({0} = 'year', {1}, concat(toString(toYear({2})), '-', leftPad(toString(toMonth({2})),"
                    + " 2, '0')))", String.class, precision, meetingId, date);
        };
    }

    /** First and last meeting date (days since 1970) among documents these buckets can hold. */
    static org.jooq.SelectHavingStep<Record6<String, String, String, Long, Long, Integer>> range(DSLContext dsl,
            Filters filters, Bucketing bucketing) {
        return dsl.select(DSL.inline("r").as(PART), DSL.inline("").as(MEETING), DSL.inline("").as(THEME),
                        DSL.field("toUInt64(toUInt32(min({0})))", Long.class, DocumentMeetingTotals.MEETING_DATE).as(A),
                        DSL.field("toUInt64(toUInt32(max({0})))", Long.class, DocumentMeetingTotals.MEETING_DATE).as(B),
                        DSL.field("toUInt8(count() > 0)", Integer.class).as(SYNTHETIC))
                .from(DocumentMeetingTotals.TABLE)
                .where(filters.onDocumentTotals())
                .and(bucketing.accepts("year") ? DSL.noCondition() : DocumentMeetingTotals.DATE_PRECISION.ne("year"));
    }



    /** Mentions and mentioning documents per meeting and requested theme. */
    static org.jooq.SelectHavingStep<Record6<String, String, String, Long, Long, Integer>> themeCounts(DSLContext dsl, List<String> themes, Filters filters, int generation, Bucketing bucketing) {
        Field<String> group = group(bucketing, ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
                ThemeMeetingCounts.DATE_PRECISION);
        return dsl.select(DSL.inline("t").as(PART), group.as(MEETING),
                        ThemeMeetingCounts.THEME.as(THEME),
                        uint64(DSL.sum(ThemeMeetingCounts.MENTIONS)).as(A),
                        uint64(DSL.sum(ThemeMeetingCounts.DOCUMENTS)).as(B),
                        DSL.field("toUInt8(0)", Integer.class).as(SYNTHETIC))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.in(themes))
                .and(filters.onThemeCounts())
                .groupBy(group, ThemeMeetingCounts.THEME);
    }

    /** Mentions of all themes per meeting: the denominator of {@code share}. */
    static org.jooq.SelectHavingStep<Record6<String, String, String, Long, Long, Integer>> allThemeCounts(DSLContext dsl, Filters filters, int generation, Bucketing bucketing) {
        Field<String> group = group(bucketing, ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
                ThemeMeetingCounts.DATE_PRECISION);
        return dsl.select(DSL.inline("a").as(PART), group.as(MEETING), DSL.inline("").as(THEME),
                        uint64(DSL.sum(ThemeMeetingCounts.MENTIONS)).as(A), DSL.field("toUInt64(0)", Long.class).as(B),
                        DSL.field("toUInt8(0)", Integer.class).as(SYNTHETIC))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(filters.onThemeCounts())
                .groupBy(group);
    }

    /** Documents, words and the synthetic flag per meeting: bucket totals and the per10k denominator. */
    static org.jooq.SelectHavingStep<Record6<String, String, String, Long, Long, Integer>> documentTotals(DSLContext dsl, Filters filters, Bucketing bucketing) {
        Field<String> group = group(bucketing, DocumentMeetingTotals.MEETING_ID, DocumentMeetingTotals.MEETING_DATE,
                DocumentMeetingTotals.DATE_PRECISION);
        return dsl.select(DSL.inline("d").as(PART), group.as(MEETING), DSL.inline("").as(THEME),
                        uint64(DSL.sum(DocumentMeetingTotals.DOCUMENTS)).as(A),
                        uint64(DSL.sum(DocumentMeetingTotals.WORDS)).as(B),
                        DSL.field("toUInt8(max({0}))", Integer.class, DocumentMeetingTotals.SYNTHETIC).as(SYNTHETIC))
                .from(DocumentMeetingTotals.TABLE)
                .where(filters.onDocumentTotals())
                .groupBy(group);
    }

    private static Field<Long> uint64(Field<?> f) {
        return DSL.field("toUInt64({0})", Long.class, f);
    }
}

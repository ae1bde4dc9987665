package io.themescope.series;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.List;

/**
 * SQL stage of the series pipeline: one round trip. It reads the pre-aggregated tables (filled on
 * insert by materialized views), per bucket, and tags each row with the part it answers: theme
 * counts ({@code t}), all-theme mentions for share ({@code a}), document and word totals with the
 * first and last meeting day the buckets can hold ({@code d}; the date range rides there rather
 * than in a part of its own, one scan fewer). The cost grows with meetings × themes, not with the
 * corpus.
 */
public final class SeriesSql {

    public static final Field<String> PART = DSL.field(DSL.name("part"), SQLDataType.VARCHAR);
    public static final Field<String> MEETING = DSL.field(DSL.name("meeting"), SQLDataType.VARCHAR);
    public static final Field<String> THEME = DSL.field(DSL.name("theme_id"), SQLDataType.VARCHAR);
    public static final Field<Long> A = DSL.field(DSL.name("a"), SQLDataType.BIGINT);
    public static final Field<Long> B = DSL.field(DSL.name("b"), SQLDataType.BIGINT);
    public static final Field<Integer> SYNTHETIC = DSL.field(DSL.name("synthetic_any"), SQLDataType.INTEGER);
    /** Days since 1970 of the first and last meeting a {@code d} row's buckets can hold; NULL elsewhere. */
    public static final Field<Long> FIRST_DAY = DSL.field(DSL.name("first_day"), SQLDataType.BIGINT);
    public static final Field<Long> LAST_DAY = DSL.field(DSL.name("last_day"), SQLDataType.BIGINT);
    private static final Field<Long> NO_DAY = DSL.field("CAST(NULL AS Nullable(UInt32))", Long.class);

    private SeriesSql() {
    }

    /** Everything a series answer needs from ClickHouse; {@code withAll} adds the share denominator. */
    public static Select<Record8<String, String, String, Long, Long, Integer, Long, Long>> query(DSLContext dsl,
            List<String> themes, Filters filters, int generation, boolean withAll, Bucketing bucketing) {
        var q = themeCounts(dsl, themes, filters, generation, bucketing)
                .unionAll(documentTotals(dsl, filters, bucketing));
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

    /** Mentions and mentioning documents per meeting and requested theme. */
    static org.jooq.SelectHavingStep<Record8<String, String, String, Long, Long, Integer, Long, Long>> themeCounts(DSLContext dsl, List<String> themes, Filters filters, int generation, Bucketing bucketing) {
        Field<String> group = group(bucketing, ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
                ThemeMeetingCounts.DATE_PRECISION);
        return dsl.select(DSL.inline("t").as(PART), group.as(MEETING),
                        ThemeMeetingCounts.THEME.as(THEME),
                        uint64(DSL.sum(ThemeMeetingCounts.MENTIONS)).as(A),
                        uint64(DSL.sum(ThemeMeetingCounts.DOCUMENTS)).as(B),
                        DSL.field("toUInt8(0)", Integer.class).as(SYNTHETIC), NO_DAY.as(FIRST_DAY), NO_DAY.as(LAST_DAY))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.in(themes))
                .and(filters.onThemeCounts())
                .groupBy(group, ThemeMeetingCounts.THEME);
    }

    /** Mentions of all themes per meeting: the denominator of {@code share}. */
    static org.jooq.SelectHavingStep<Record8<String, String, String, Long, Long, Integer, Long, Long>> allThemeCounts(DSLContext dsl, Filters filters, int generation, Bucketing bucketing) {
        Field<String> group = group(bucketing, ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
                ThemeMeetingCounts.DATE_PRECISION);
        return dsl.select(DSL.inline("a").as(PART), group.as(MEETING), DSL.inline("").as(THEME),
                        uint64(DSL.sum(ThemeMeetingCounts.MENTIONS)).as(A), DSL.field("toUInt64(0)", Long.class).as(B),
                        DSL.field("toUInt8(0)", Integer.class).as(SYNTHETIC), NO_DAY.as(FIRST_DAY), NO_DAY.as(LAST_DAY))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(filters.onThemeCounts())
                .groupBy(group);
    }

    /**
     * Documents, words and the synthetic flag per bucket (the per10k denominator), with the first and
     * last meeting day among rows the buckets can hold: year-precise meetings have no quarter or
     * month, so those buckets leave them out of the range (NULL when a row has none).
     */
    static org.jooq.SelectHavingStep<Record8<String, String, String, Long, Long, Integer, Long, Long>> documentTotals(DSLContext dsl, Filters filters, Bucketing bucketing) {
        Field<String> group = group(bucketing, DocumentMeetingTotals.MEETING_ID, DocumentMeetingTotals.MEETING_DATE,
                DocumentMeetingTotals.DATE_PRECISION);
        return dsl.select(DSL.inline("d").as(PART), group.as(MEETING), DSL.inline("").as(THEME),
                        uint64(DSL.sum(DocumentMeetingTotals.DOCUMENTS)).as(A),
                        uint64(DSL.sum(DocumentMeetingTotals.WORDS)).as(B),
                        DSL.field("toUInt8(max({0}))", Integer.class, DocumentMeetingTotals.SYNTHETIC).as(SYNTHETIC),
                        day("min", bucketing).as(FIRST_DAY), day("max", bucketing).as(LAST_DAY))
                .from(DocumentMeetingTotals.TABLE)
                .where(filters.onDocumentTotals())
                .groupBy(group);
    }

    private static Field<Long> day(String aggregate, Bucketing bucketing) {
        return bucketing.accepts("year")
                ? DSL.field("toUInt32(" + aggregate + "OrNull({0}))", Long.class, DocumentMeetingTotals.MEETING_DATE)
                : DSL.field("toUInt32(" + aggregate + "IfOrNull({0}, {1} != 'year'))", Long.class,
                        DocumentMeetingTotals.MEETING_DATE, DocumentMeetingTotals.DATE_PRECISION);
    }

    private static Field<Long> uint64(Field<?> f) {
        return DSL.field("toUInt64({0})", Long.class, f);
    }
}

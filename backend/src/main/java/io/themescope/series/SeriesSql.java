package io.themescope.series;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record9;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.List;

/**
 * SQL stage of the series pipeline: one SELECT of the pre-aggregated table per answer. Per bucket it
 * reads the requested themes' rows (mentions, mentioning documents) and the totals rows (theme '':
 * documents, words, the synthetic flag and the first and last meeting day the buckets can hold), so
 * numerators and denominators come from one table in one scan; {@code share} adds the mentions of all
 * themes ({@code a}). The cost grows with meetings × themes, not with the corpus.
 */
public final class SeriesSql {

    public static final Field<String> PART = DSL.field(DSL.name("part"), SQLDataType.VARCHAR);
    public static final Field<String> MEETING = DSL.field(DSL.name("meeting"), SQLDataType.VARCHAR);
    public static final Field<String> THEME = DSL.field(DSL.name("theme_id"), SQLDataType.VARCHAR);
    public static final Field<Long> A = DSL.field(DSL.name("a"), SQLDataType.BIGINT);
    public static final Field<Long> B = DSL.field(DSL.name("b"), SQLDataType.BIGINT);
    public static final Field<Long> WORDS = DSL.field(DSL.name("words"), SQLDataType.BIGINT);
    public static final Field<Integer> SYNTHETIC = DSL.field(DSL.name("synthetic_any"), SQLDataType.INTEGER);
    /** Days since 1970 of the first and last meeting a totals row's buckets can hold; NULL elsewhere. */
    public static final Field<Long> FIRST_DAY = DSL.field(DSL.name("first_day"), SQLDataType.BIGINT);
    public static final Field<Long> LAST_DAY = DSL.field(DSL.name("last_day"), SQLDataType.BIGINT);
    private static final Field<Long> NO_DAY = DSL.field("CAST(NULL AS Nullable(UInt32))", Long.class);

    private SeriesSql() {
    }

    /** Everything a series answer needs from ClickHouse; {@code withAll} adds the share denominator. */
    public static Select<? extends Record> query(DSLContext dsl, List<String> themes, Filters filters, int generation,
                                                 boolean withAll, Bucketing bucketing) {
        var q = counts(dsl, themes, filters, generation, bucketing);
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

    /**
     * Per bucket, the requested themes' mentions and mentioning documents, and the totals row with
     * documents, words, the synthetic flag and the day range (meaningful on the totals row only).
     */
    static org.jooq.SelectHavingStep<Record9<String, String, String, Long, Long, Long, Integer, Long, Long>> counts(
            DSLContext dsl, List<String> themes, Filters filters, int generation, Bucketing bucketing) {
        Field<String> group = group(bucketing, ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
                ThemeMeetingCounts.DATE_PRECISION);
        List<String> wanted = new java.util.ArrayList<>(themes.size() + 1);
        wanted.add(ThemeMeetingCounts.TOTALS);
        wanted.addAll(themes);
        return dsl.select(DSL.inline("c").as(PART), group.as(MEETING),
                        ThemeMeetingCounts.THEME.as(THEME),
                        total(ThemeMeetingCounts.MENTIONS).as(A),
                        total(ThemeMeetingCounts.DOCUMENTS).as(B),
                        total(ThemeMeetingCounts.WORDS).as(WORDS),
                        DSL.field("toUInt8(max({0}))", Integer.class, ThemeMeetingCounts.SYNTHETIC).as(SYNTHETIC),
                        day("min", bucketing).as(FIRST_DAY), day("max", bucketing).as(LAST_DAY))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.in(wanted))
                .and(filters.onThemeCounts())
                .groupBy(group, ThemeMeetingCounts.THEME);
    }

    /**
     * Mentions of all themes per bucket: the denominator of {@code share}. The totals rows add
     * nothing here: they carry no mentions.
     */
    static org.jooq.SelectHavingStep<Record9<String, String, String, Long, Long, Long, Integer, Long, Long>> allThemeCounts(
            DSLContext dsl, Filters filters, int generation, Bucketing bucketing) {
        Field<String> group = group(bucketing, ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
                ThemeMeetingCounts.DATE_PRECISION);
        return dsl.select(DSL.inline("a").as(PART), group.as(MEETING), DSL.inline("").as(THEME),
                        total(ThemeMeetingCounts.MENTIONS).as(A), DSL.field("toUInt64(0)", Long.class).as(B),
                        DSL.field("toUInt64(0)", Long.class).as(WORDS),
                        DSL.field("toUInt8(0)", Integer.class).as(SYNTHETIC), NO_DAY.as(FIRST_DAY), NO_DAY.as(LAST_DAY))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(filters.onThemeCounts())
                .groupBy(group);
    }

    /**
     * The first or last meeting day among rows the buckets can hold: year-precise meetings have no
     * quarter or month, so those buckets leave them out of the range (NULL when a group has none).
     * Where every row counts, a group is never empty, so the plain aggregate is enough; the OrNull
     * form cost the engine about 0.1 ms of every answer (measured).
     */
    private static Field<Long> day(String aggregate, Bucketing bucketing) {
        return bucketing.accepts("year")
                ? DSL.field("toUInt32(" + aggregate + "({0}))", Long.class, ThemeMeetingCounts.MEETING_DATE)
                : DSL.field("toUInt32(" + aggregate + "IfOrNull({0}, {1} != 'year'))", Long.class,
                        ThemeMeetingCounts.MEETING_DATE, ThemeMeetingCounts.DATE_PRECISION);
    }

    /**
     * A sum of a count column: the columns are SimpleAggregateFunction(sum, UInt64), so the sum is
     * UInt64 already and a cast around it would only cost the engine planning time.
     */
    private static Field<Long> total(Field<?> f) {
        return DSL.field("sum({0})", Long.class, f);
    }
}

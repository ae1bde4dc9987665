package io.themescope.compare;

import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.SelectHavingStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.List;

/**
 * SQL stage of the host comparison, one round trip over the pre-aggregated tables: mentions per
 * host and theme (part {@code t}) and documents, words and the synthetic flag per host (part
 * {@code d}). Meetings hosted come from the in-memory meeting directory.
 */
public final class HostsSql {

    public static final Field<String> PART = DSL.field(DSL.name("part"), SQLDataType.VARCHAR);
    public static final Field<String> HOST = DSL.field(DSL.name("host"), SQLDataType.VARCHAR);
    public static final Field<String> THEME = DSL.field(DSL.name("theme_id"), SQLDataType.VARCHAR);
    public static final Field<Long> A = DSL.field(DSL.name("a"), SQLDataType.BIGINT);
    public static final Field<Long> B = DSL.field(DSL.name("b"), SQLDataType.BIGINT);

    private HostsSql() {
    }

    public static Select<Record5<String, String, String, Long, Long>> query(DSLContext dsl, List<String> themes,
                                                                          Filters filters, int generation) {
        return themeCounts(dsl, themes, filters, generation).unionAll(documentTotals(dsl, filters));
    }

    static SelectHavingStep<Record5<String, String, String, Long, Long>> themeCounts(DSLContext dsl, List<String> themes,
                                                                                    Filters filters, int generation) {
        return dsl.select(DSL.inline("t").as(PART), ThemeMeetingCounts.HOST_COUNTRY.as(HOST),
                        ThemeMeetingCounts.THEME.as(THEME),
                        DSL.field("toUInt64(sum({0}))", Long.class, ThemeMeetingCounts.MENTIONS).as(A),
                        DSL.field("toUInt64(0)", Long.class).as(B))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.in(themes))
                .and(filters.onThemeCounts())
                .groupBy(ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.THEME);
    }

    /** {@code a} = documents, {@code b} = words; the synthetic flag rides in {@code theme_id} ("1"/"0"). */
    static SelectHavingStep<Record5<String, String, String, Long, Long>> documentTotals(DSLContext dsl, Filters filters) {
        return dsl.select(DSL.inline("d").as(PART), DocumentMeetingTotals.HOST_COUNTRY.as(HOST),
                        DSL.field("toString(toUInt8(max({0})))", String.class, DocumentMeetingTotals.SYNTHETIC).as(THEME),
                        DSL.field("toUInt64(sum({0}))", Long.class, DocumentMeetingTotals.DOCUMENTS).as(A),
                        DSL.field("toUInt64(sum({0}))", Long.class, DocumentMeetingTotals.WORDS).as(B))
                .from(DocumentMeetingTotals.TABLE)
                .where(filters.onDocumentTotals())
                .groupBy(DocumentMeetingTotals.HOST_COUNTRY);
    }
}

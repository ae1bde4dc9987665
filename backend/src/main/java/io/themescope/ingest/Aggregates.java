package io.themescope.ingest;

import io.themescope.clickhouse.schema.Mentions;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.List;

/**
 * Upkeep of the pre-aggregated mention counts. Materialized views only see inserts, so whatever
 * removes mentions (dropping a generation, undoing a failed batch) must do the same to the
 * aggregate: drop its partition, and where rows were deleted, recount the generation from raw rows.
 */
final class Aggregates {

    private Aggregates() {
    }

    static void dropGeneration(DSLContext dsl, int generation) {
        dsl.query("ALTER TABLE {0} DROP PARTITION {1}", Mentions.TABLE, DSL.inline(generation)).execute();
        dsl.query("ALTER TABLE {0} DROP PARTITION {1}", ThemeMeetingCounts.TABLE, DSL.inline(generation)).execute();
    }

    /** Replaces the aggregate of {@code generation} by a recount of its raw mentions. */
    static void recount(DSLContext dsl, int generation) {
        dsl.query("ALTER TABLE {0} DROP PARTITION {1}", ThemeMeetingCounts.TABLE, DSL.inline(generation)).execute();
        List<Field<?>> keys = List.of(Mentions.GENERATION, Mentions.THEME, Mentions.MEETING_ID, Mentions.MEETING_DATE,
                Mentions.DATE_PRECISION, Mentions.SERIES, Mentions.HOST_COUNTRY, Mentions.KIND, Mentions.SYNTHETIC);
        dsl.insertInto(ThemeMeetingCounts.TABLE, ThemeMeetingCounts.GENERATION, ThemeMeetingCounts.THEME,
                        ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE, ThemeMeetingCounts.DATE_PRECISION,
                        ThemeMeetingCounts.SERIES, ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.KIND,
                        ThemeMeetingCounts.SYNTHETIC, ThemeMeetingCounts.MENTIONS, ThemeMeetingCounts.DOCUMENTS)
                .select(DSL.select(Mentions.GENERATION, Mentions.THEME, Mentions.MEETING_ID, Mentions.MEETING_DATE,
                                Mentions.DATE_PRECISION, Mentions.SERIES, Mentions.HOST_COUNTRY, Mentions.KIND,
                                Mentions.SYNTHETIC, DSL.field("toUInt64(count())", Long.class),
                                DSL.field("uniqExactState({0})", Object.class, Mentions.DOCUMENT_ID))
                        .from(Mentions.TABLE)
                        .where(Mentions.GENERATION.eq(generation))
                        .groupBy(keys))
                .execute();
    }
}

package io.themescope.ingest;

import io.themescope.clickhouse.schema.Documents;
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
 * The totals rows of a generation (theme '') come from the documents table instead.
 */
@org.springframework.stereotype.Component
final class Aggregates {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Aggregates.class);

    /** What the per-meeting totals are grouped by, taken from the documents table. */
    private static final List<Field<?>> DOCUMENT_KEYS = List.of(Documents.MEETING_ID, Documents.MEETING_DATE,
            Documents.DATE_PRECISION, Documents.SERIES, Documents.HOST_COUNTRY, Documents.KIND, Documents.SYNTHETIC);

    private final io.themescope.clickhouse.TableOps ops;

    Aggregates(io.themescope.clickhouse.TableOps ops) {
        this.ops = ops;
    }

    void dropGeneration(DSLContext dsl, int generation) {
        ops.dropPartition(dsl, Mentions.TABLE, generation);
        ops.dropPartition(dsl, ThemeMeetingCounts.TABLE, generation);
    }

    /**
     * Removes original files whose document row is gone: a batch that died before its documents
     * went in, or a deletion interrupted after them. Not an aggregate, but repaired with them.
     */
    void deleteOrphanSources(DSLContext dsl) {
        org.jooq.Condition orphan = io.themescope.clickhouse.schema.DocumentSources.DOCUMENT_ID
                .notIn(DSL.select(Documents.ID).from(Documents.TABLE));
        if (dsl.fetchExists(io.themescope.clickhouse.schema.DocumentSources.TABLE, orphan)) {
            ops.delete(dsl, io.themescope.clickhouse.schema.DocumentSources.TABLE, orphan);
        }
    }

    /** Removes raw mentions matching {@code where}; pair it with {@link #recount}. */
    void deleteMentions(DSLContext dsl, org.jooq.Condition where) {
        ops.delete(dsl, Mentions.TABLE, where);
    }

    /**
     * Replaces the aggregate of {@code generation} by a recount of its raw mentions. Documents are
     * counted as distinct ids in one grouping, not from the first-mention marks, so rows written
     * before the marks existed count too. {@code withTotals} (the generation readers use) also
     * rewrites its totals rows from the documents table.
     */
    void recount(DSLContext dsl, int generation, boolean withTotals) {
        ops.dropPartition(dsl, ThemeMeetingCounts.TABLE, generation);
        if (withTotals) {
            writeTotals(dsl, generation);
        }
        List<Field<?>> keys = List.of(Mentions.GENERATION, Mentions.THEME, Mentions.MEETING_ID, Mentions.MEETING_DATE,
                Mentions.DATE_PRECISION, Mentions.SERIES, Mentions.HOST_COUNTRY, Mentions.KIND, Mentions.SYNTHETIC);
        dsl.insertInto(ThemeMeetingCounts.TABLE, ThemeMeetingCounts.GENERATION, ThemeMeetingCounts.THEME,
                        ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE, ThemeMeetingCounts.DATE_PRECISION,
                        ThemeMeetingCounts.SERIES, ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.KIND,
                        ThemeMeetingCounts.SYNTHETIC, ThemeMeetingCounts.MENTIONS, ThemeMeetingCounts.DOCUMENTS)
                .select(DSL.select(Mentions.GENERATION, Mentions.THEME, Mentions.MEETING_ID, Mentions.MEETING_DATE,
                                Mentions.DATE_PRECISION, Mentions.SERIES, Mentions.HOST_COUNTRY, Mentions.KIND,
                                Mentions.SYNTHETIC, DSL.field("toUInt64(count())", Long.class),
                                DSL.field("toUInt64(uniqExact({0}))", Long.class, Mentions.DOCUMENT_ID))
                        .from(Mentions.TABLE)
                        .where(Mentions.GENERATION.eq(generation))
                        .groupBy(keys))
                .execute();
    }

    /**
     * Writes the totals rows of {@code generation} (theme {@link ThemeMeetingCounts#TOTALS}: documents
     * and words per meeting) from the documents table. Only where the generation has none: a reindex
     * just before it switches, or a recount that has just dropped the partition.
     */
    void writeTotals(DSLContext dsl, int generation) {
        dsl.insertInto(ThemeMeetingCounts.TABLE, ThemeMeetingCounts.GENERATION, ThemeMeetingCounts.THEME,
                        ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE, ThemeMeetingCounts.DATE_PRECISION,
                        ThemeMeetingCounts.SERIES, ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.KIND,
                        ThemeMeetingCounts.SYNTHETIC, ThemeMeetingCounts.MENTIONS, ThemeMeetingCounts.DOCUMENTS,
                        ThemeMeetingCounts.WORDS)
                .select(DSL.select(DSL.val(generation), DSL.val(ThemeMeetingCounts.TOTALS), Documents.MEETING_ID,
                                Documents.MEETING_DATE, Documents.DATE_PRECISION, Documents.SERIES, Documents.HOST_COUNTRY,
                                Documents.KIND, Documents.SYNTHETIC, DSL.field("toUInt64(0)", Long.class),
                                DSL.field("toUInt64(count())", Long.class),
                                DSL.field("toUInt64(sum({0}))", Long.class, Documents.WORDS))
                        .from(Documents.TABLE)
                        .groupBy(DOCUMENT_KEYS))
                .execute();
    }

    /**
     * Merges the parts of both aggregate tables after a bulk import or reindex, which leave them in
     * several parts; their size follows meetings × themes, not documents, so this stays cheap. A
     * failure only costs speed: it is logged and never fails the write it follows.
     */
    void compactQuietly(DSLContext dsl) {
        try {
            ops.optimizeFinal(dsl, ThemeMeetingCounts.TABLE);
            ops.optimizeFinal(dsl, io.themescope.clickhouse.schema.DocumentMeetingTotals.TABLE);
        } catch (RuntimeException e) {
            LOG.warn("could not merge the parts of the aggregate tables (answers stay exact, only slower): {}",
                    e.getMessage());
        }
    }

    /** Replaces the per-meeting document and word totals by a recount of the documents table. */
    void recountTotals(DSLContext dsl) {
        ops.truncate(dsl, io.themescope.clickhouse.schema.DocumentMeetingTotals.TABLE);
        dsl.insertInto(io.themescope.clickhouse.schema.DocumentMeetingTotals.TABLE,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.MEETING_ID,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.MEETING_DATE,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.DATE_PRECISION,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.SERIES,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.HOST_COUNTRY,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.KIND,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.SYNTHETIC,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.DOCUMENTS,
                        io.themescope.clickhouse.schema.DocumentMeetingTotals.WORDS)
                .select(DSL.select(Documents.MEETING_ID, Documents.MEETING_DATE, Documents.DATE_PRECISION,
                                Documents.SERIES, Documents.HOST_COUNTRY, Documents.KIND, Documents.SYNTHETIC,
                                DSL.field("toUInt64(count())", Long.class),
                                DSL.field("toUInt64(sum({0}))", Long.class, Documents.WORDS))
                        .from(Documents.TABLE)
                        .groupBy(DOCUMENT_KEYS))
                .execute();
    }
}

package io.themescope.ingest;

import io.themescope.clickhouse.Sets;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.IndexState;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts the store right after a crash, before anyone reads: a batch writes its mentions first and its
 * documents last, so a process killed in between leaves mentions without a document (removed here),
 * and one killed inside an insert may leave an aggregate behind its raw rows, or the current
 * generation's totals rows behind its documents (both recounted here). With
 * several backends writing to one server, turn it off: it cannot tell a crash from a batch in flight.
 */
@Component
final class StoreRepair {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRepair.class);

    /** What a repair found and did; all zeros/empty on a consistent store. */
    record Report(int orphanDocuments, List<Integer> recountedGenerations, boolean recountedTotals) {
        boolean clean() {
            return orphanDocuments == 0 && recountedGenerations.isEmpty() && !recountedTotals;
        }
    }

    StoreRepair(DSLContext dsl, Aggregates aggregates, @Value("${themescope.ingest.repair-at-start:true}") boolean enabled) {
        if (enabled) {
            Report r = repair(dsl, aggregates);
            if (!r.clean()) {
                LOG.warn("repaired the store after an interrupted write: removed the mentions of {} documents that were"
                        + " never stored, recounted theme aggregates of generations {}, {}", r.orphanDocuments(),
                        r.recountedGenerations(), r.recountedTotals() ? "recounted document totals" : "document totals were right");
            }
        }
    }

    static Report repair(DSLContext dsl, Aggregates aggregates) {
        List<String> orphans = dsl.selectDistinct(Mentions.DOCUMENT_ID).from(Mentions.TABLE)
                .where(Mentions.DOCUMENT_ID.notIn(DSL.select(Documents.ID).from(Documents.TABLE)))
                .fetch(Mentions.DOCUMENT_ID);
        if (!orphans.isEmpty()) {
            aggregates.deleteMentions(dsl, Sets.contains(orphans, Mentions.DOCUMENT_ID));
        }
        aggregates.deleteOrphanSources(dsl);
        Map<Integer, Long> raw = counts(dsl.select(Mentions.GENERATION, DSL.count().cast(Long.class))
                .from(Mentions.TABLE).groupBy(Mentions.GENERATION).fetch());
        Map<Integer, Long> aggregated = counts(dsl.select(ThemeMeetingCounts.GENERATION,
                        DSL.field("toInt64(sum({0}))", Long.class, ThemeMeetingCounts.MENTIONS))
                .from(ThemeMeetingCounts.TABLE).groupBy(ThemeMeetingCounts.GENERATION).fetch());
        TreeSet<Integer> generations = new TreeSet<>(raw.keySet());
        generations.addAll(aggregated.keySet());
        List<Integer> recounted = generations.stream()
                .filter(g -> !raw.getOrDefault(g, 0L).equals(aggregated.getOrDefault(g, 0L)))
                .toList();
        Record2<Long, Long> docs = dsl.select(DSL.count().cast(Long.class),
                DSL.field("toInt64(sum({0}))", Long.class, Documents.WORDS)).from(Documents.TABLE).fetchOne();
        Integer current = dsl.select(DSL.max(IndexState.GENERATION)).from(IndexState.TABLE)
                .where(IndexState.KEY.eq(IndexGeneration.KEY)).fetchOne(0, Integer.class);
        // the totals rows of the generation readers use: one batch writes them with its mentions
        if (current != null && !recounted.contains(current) && !generationTotalsRight(dsl, current, docs)) {
            recounted = new java.util.ArrayList<>(recounted);
            recounted.add(current);
        }
        recounted.forEach(g -> aggregates.recount(dsl, g, g.equals(current)));

        Record2<Long, Long> totals = dsl.select(DSL.field("toInt64(sum({0}))", Long.class, DocumentMeetingTotals.DOCUMENTS),
                DSL.field("toInt64(sum({0}))", Long.class, DocumentMeetingTotals.WORDS)).from(DocumentMeetingTotals.TABLE).fetchOne();
        boolean totalsWrong = !docs.value1().equals(totals.value1()) || !docs.value2().equals(totals.value2());
        if (totalsWrong) {
            aggregates.recountTotals(dsl);
        }
        return new Report(orphans.size(), recounted, totalsWrong);
    }

    /** Whether the totals rows of {@code generation} add up to {@code docs} (documents, words). */
    private static boolean generationTotalsRight(DSLContext dsl, int generation, Record2<Long, Long> docs) {
        Record2<Long, Long> rows = dsl.select(DSL.field("toInt64(sum({0}))", Long.class, ThemeMeetingCounts.DOCUMENTS),
                        DSL.field("toInt64(sum({0}))", Long.class, ThemeMeetingCounts.WORDS))
                .from(ThemeMeetingCounts.TABLE)
                .where(ThemeMeetingCounts.GENERATION.eq(generation))
                .and(ThemeMeetingCounts.THEME.eq(ThemeMeetingCounts.TOTALS)).fetchOne();
        return docs.value1().equals(rows.value1()) && docs.value2().equals(rows.value2());
    }

    private static Map<Integer, Long> counts(List<? extends Record2<?, Long>> rows) {
        Map<Integer, Long> out = new TreeMap<>();
        for (Record2<?, Long> r : rows) {
            out.put(((Number) r.value1()).intValue(), r.value2());
        }
        return out;
    }
}

package io.themescope.ingest;

import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.themes.MentionExtractor;
import io.themescope.themes.Taxonomy;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Re-extracts every stored document with the taxonomy in use. New mentions go into the next
 * generation while readers keep the current one; the switch is one step, and the old generation's
 * partition is dropped afterwards. Documents ingested meanwhile are written to both generations.
 */
@Service
public final class ReindexService {

    private static final Logger LOG = LoggerFactory.getLogger(ReindexService.class);
    static final int BATCH = 200;

    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;
    private final DocumentStore store;
    private final MentionExtractor extractor;
    private final Taxonomy taxonomy;
    private final AnalyticsCacheInvalidation invalidation;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Aggregates aggregates;
    private final io.themescope.metrics.OpsMetrics metrics;

    ReindexService(ClickHouseExecutor executor, IndexGeneration generation, DocumentStore store,
                   MentionExtractor extractor, Taxonomy taxonomy, AnalyticsCacheInvalidation invalidation,
                   Aggregates aggregates, io.themescope.metrics.OpsMetrics metrics) {
        this.aggregates = aggregates;
        this.metrics = metrics;
        this.executor = executor;
        this.generation = generation;
        this.store = store;
        this.extractor = extractor;
        this.taxonomy = taxonomy;
        this.invalidation = invalidation;
    }

    public record Report(long documents, long mentions, int generation, String taxonomyVersion, double seconds) {
    }

    public Mono<Report> reindex() {
        if (!running.compareAndSet(false, true)) {
            return Mono.error(new ApiValidationException(409, List.of(new ApiError("reindex", "not-running",
                    "A reindex is already running; wait for it to finish."))));
        }
        long start = System.nanoTime();
        return executor.write(this::run)
                .doOnNext(r -> invalidation.changed())
                .doOnNext(r -> metrics.reindexed(java.time.Duration.ofNanos(System.nanoTime() - start)))
                .doFinally(s -> running.set(false));
    }

    private Report run(DSLContext dsl) {
        long started = System.nanoTime();
        List<String> ids = generation.begin(() -> {
            // an earlier reindex that died after writing part of this generation left rows readers never
            // saw; clear them while no write runs, or the re-extracted mentions would count twice
            dropGeneration(dsl, generation.pending());
            return dsl.selectDistinct(Documents.ID).from(Documents.TABLE).orderBy(Documents.ID).fetch(Documents.ID);
        });
        int target = generation.pending();
        long mentions = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        int old;
        try {
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<String> slice = ids.subList(i, Math.min(ids.size(), i + BATCH));
                List<DocumentStore.Extracted> batch = new ArrayList<>(slice.size());
                java.util.Map<String, List<Integer>> pageMaps = PageMaps.load(dsl, slice);
                for (Record r : dsl.select(Documents.ID, Documents.MEETING_ID, Documents.SERIES, Documents.MEETING_DATE,
                                Documents.DATE_PRECISION, Documents.HOST_COUNTRY, Documents.KIND, Documents.SYNTHETIC,
                                Documents.TEXT)
                        .from(Documents.TABLE).where(Documents.ID.in(slice))
                        .fetch()) {
                    if (!seen.add(r.get(Documents.ID))) {
                        continue;
                    }
                    DocContext ctx = new DocContext(r.get(Documents.ID), r.get(Documents.MEETING_ID),
                            r.get(Documents.SERIES), r.get(Documents.MEETING_DATE), r.get(Documents.DATE_PRECISION),
                            r.get(Documents.HOST_COUNTRY), r.get(Documents.KIND), r.get(Documents.SYNTHETIC));
                    var extraction = extractor.extract(r.get(Documents.TEXT));
                    mentions += extraction.mentions().size();
                    batch.add(new DocumentStore.Extracted(ctx, extraction.mentions(), pageMaps.get(ctx.documentId())));
                }
                store.saveMentions(dsl, batch, target);
            }
            // the new generation's totals rows come from the documents table while no write runs
            // (documents ingested meanwhile wrote theirs to the current generation only)
            old = generation.commit(taxonomy.version(), () -> aggregates.writeTotals(dsl, target));
        } catch (RuntimeException e) {
            generation.abort();
            dropGeneration(dsl, target);
            throw e;
        }
        dropGeneration(dsl, old);
        aggregates.compactQuietly(dsl);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("reindexed {} documents into generation {} ({} mentions, taxonomy {}) in {}s", ids.size(), target,
                mentions, taxonomy.version(), String.format("%.1f", seconds));
        return new Report(ids.size(), mentions, target, taxonomy.version(), seconds);
    }

    private void dropGeneration(DSLContext dsl, int g) {
        aggregates.dropGeneration(dsl, g);
    }
}

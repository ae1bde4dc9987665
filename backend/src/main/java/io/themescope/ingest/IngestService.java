package io.themescope.ingest;

import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.metrics.OpsMetrics;
import io.themescope.themes.Extraction;
import io.themescope.themes.MentionExtractor;
import io.themescope.web.ApiError;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ingest pipeline: parse and validate → extract mentions (CPU, in parallel) → store in
 * batches. Single documents are a batch of one, so the API, the bulk endpoint, the CLI and the
 * demo loader share one path and one set of rules.
 */
@Service
public final class IngestService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestService.class);

    public static final int BATCH_SIZE = 1000;

    private final MentionExtractor extractor;
    private final DocumentStore store;
    private final ClickHouseExecutor executor;
    private final AnalyticsCacheInvalidation invalidation;
    private final Aggregates aggregates;
    private final OpsMetrics metrics;

    IngestService(MentionExtractor extractor, DocumentStore store, ClickHouseExecutor executor,
                  AnalyticsCacheInvalidation invalidation, Aggregates aggregates, OpsMetrics metrics) {
        this.aggregates = aggregates;
        this.metrics = metrics;
        this.extractor = extractor;
        this.store = store;
        this.executor = executor;
        this.invalidation = invalidation;
    }

    /** Extracts mentions and counts words; pure CPU, safe on any thread. */
    PreparedDocument prepare(NewDocument doc) {
        Extraction extraction = extractor.extract(doc.text());
        String hash = DocumentIds.contentHash(doc.text());
        String id = DocumentIds.documentId(doc.meeting().id(), hash);
        Map<String, Integer> counts = new TreeMap<>(extraction.counts());
        counts.values().removeIf(c -> c == 0);
        return new PreparedDocument(id, hash, doc, extraction.words(), extraction.mentions(), counts);
    }

    public Mono<IngestOutcome> ingest(NewDocument doc) {
        long start = System.nanoTime();
        return Mono.fromCallable(() -> prepare(doc))
                .subscribeOn(Schedulers.parallel())
                .flatMap(prepared -> executor.write(dsl -> store.save(dsl, List.of(prepared)))
                        .map(List::getFirst)
                        .doOnNext(o -> {
                            boolean stored = !o.isRejected() && !o.duplicate();
                            // a refused single document is counted where its 4xx is written (ProblemHandler)
                            metrics.ingested("json", stored ? 1 : 0, stored ? prepared.mentions().size() : 0,
                                    stored ? OpsMetrics.utf8Length(prepared.document().text()) : 0,
                                    Duration.ofNanos(System.nanoTime() - start));
                        }))
                .doOnNext(o -> invalidation.changed())
                .doOnNext(o -> io.themescope.web.DiskFullLog.writeSucceeded());
    }

    /** {@link #ingestAll(Flux, ProgressListener, String)} for an NDJSON upload. */
    public Mono<BulkReport> ingestAll(Flux<DocumentRequestParser.Result> items, ProgressListener progress) {
        return ingestAll(items, progress, "ndjson");
    }

    /**
     * Ingests a stream of parse results (one per NDJSON line or file), extracting up to the number of
     * cores at once and storing in batches; rejected items are reported with their position.
     */
    public Mono<BulkReport> ingestAll(Flux<DocumentRequestParser.Result> items, ProgressListener progress,
                                      String format) {
        long start = System.nanoTime();
        long[] tally = new long[4]; // documents, mentions, bytes stored, last line of a stored batch; batches run one at a time
        int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        return items.index()
                .filter(t -> !t.getT2().blank())
                .flatMapSequential(t -> {
                    long line = t.getT1() + 1;
                    DocumentRequestParser.Result r = t.getT2();
                    if (!r.ok()) {
                        return Mono.just(new Item(line, null, r.errors()));
                    }
                    return Mono.fromCallable(() -> new Item(line, prepare(r.document()), null))
                            .subscribeOn(Schedulers.parallel());
                }, parallelism, parallelism * 2)
                .buffer(BATCH_SIZE)
                .concatMap(batch -> storeBatch(batch, tally).doOnNext(progress::batchDone)
                        .doOnNext(results -> tally[3] = results.getLast().line()), 1)
                .onErrorMap(io.themescope.clickhouse.StorageException.class, e -> e.kind()
                        == io.themescope.clickhouse.StorageException.Kind.NO_SPACE
                        ? e.withDetail("Of this upload, " + tally[0] + " documents"
                                + (tally[3] > 0 ? " (lines 1 to " + tally[3] + ")" : "")
                                + " were stored before the disk filled; send the rest again.")
                        : e)
                .reduceWith(BulkReport.Builder::new, BulkReport.Builder::add)
                .map(BulkReport.Builder::build)
                .flatMap(r -> r.accepted() == 0 ? Mono.just(r) : executor.write(dsl -> {
                    aggregates.compactQuietly(dsl);
                    return r;
                }))
                .doOnNext(r -> invalidation.changed())
                .doOnNext(r -> io.themescope.web.DiskFullLog.writeSucceeded())
                .doOnNext(r -> metrics.ingested(format, tally[0], tally[1], tally[2],
                        Duration.ofNanos(System.nanoTime() - start)));
    }

    private Mono<List<Result>> storeBatch(List<Item> batch, long[] tally) {
        List<PreparedDocument> docs = new ArrayList<>();
        for (Item i : batch) {
            if (i.prepared != null) {
                docs.add(i.prepared);
            }
        }
        Mono<List<IngestOutcome>> stored = docs.isEmpty() ? Mono.just(List.of()) : executor.write(dsl -> {
            long start = System.nanoTime();
            List<IngestOutcome> outcomes = store.save(dsl, docs);
            if (LOG.isDebugEnabled()) {
                LOG.debug("stored a batch of {} documents ({} mentions) in {} ms", docs.size(),
                        docs.stream().mapToInt(d -> d.mentions().size()).sum(), (System.nanoTime() - start) / 1_000_000);
            }
            return outcomes;
        });
        return stored.map(outcomes -> {
            List<Result> results = new ArrayList<>(batch.size());
            int k = 0;
            for (Item i : batch) {
                IngestOutcome o = i.prepared == null ? IngestOutcome.rejected(i.errors) : outcomes.get(k++);
                results.add(new Result(i.line, o, i.prepared == null ? 0 : i.prepared.document().text().length()));
                if (o.isRejected()) {
                    o.errors().forEach(e -> metrics.rejected(e.rule()));
                } else if (!o.duplicate()) {
                    tally[0]++;
                    tally[1] += i.prepared.mentions().size();
                    tally[2] += OpsMetrics.utf8Length(i.prepared.document().text());
                }
            }
            return results;
        });
    }

    private record Item(long line, PreparedDocument prepared, List<ApiError> errors) {
    }

    /** One stored, duplicate or rejected item with its 1-based position and its size in characters. */
    public record Result(long line, IngestOutcome outcome, long chars) {
    }

    /** Told after every stored batch; the CLI draws its progress bar from it. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = results -> { };

        void batchDone(List<Result> results);
    }
}

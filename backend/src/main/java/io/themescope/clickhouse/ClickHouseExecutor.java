package io.themescope.clickhouse;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The only place where blocking JDBC meets the reactive API: every database call is moved to the
 * bounded-elastic scheduler here, timed into the request's {@link DbTiming}, and any failure is
 * translated into a {@link StorageException} that the web layer turns into a problem response.
 * Analytics reads go through the guard-railed pool on threads of their own; writes through the other.
 */
@Component
public final class ClickHouseExecutor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClickHouseExecutor.class);

    private final java.time.Duration readPatience;
    private final DSLContext writeDsl;
    private final Visibility visibility;
    private final DSLContext analyticsDsl;
    private final com.clickhouse.client.api.Client rawClient;
    private final java.util.Map<String, String> exportSettings;
    private final Scheduler reads;

    @org.springframework.beans.factory.annotation.Autowired
    ClickHouseExecutor(DSLContext dsl, @Qualifier("analyticsDsl") DSLContext analyticsDsl,
                       @Qualifier("exportClient") com.clickhouse.client.api.Client rawClient, ClickHouseProperties properties,
                       Visibility visibility) {
        this(dsl, analyticsDsl, rawClient, GuardRails.exportSettings(properties.guardRails()),
                properties.guardRails().maxExecutionTime().plusSeconds(5), visibility,
                readScheduler(readsAtOnce(properties) + 1));
    }

    /** How many analytics reads can run at once: the engine's reader sessions, or the analytics pool. */
    static int readsAtOnce(ClickHouseProperties properties) {
        return properties.mode() == ClickHouseProperties.Mode.EMBEDDED && properties.embedded().inProcessReads()
                ? properties.embedded().readerSessions() : ClickHouseConfiguration.ANALYTICS_POOL_SIZE;
    }

    /**
     * Analytics reads wait their turn here, in arrival order, rather than as dozens of blocked threads
     * each waiting for one of a few sessions: one thread more than can run at once keeps the sessions
     * busy while another thread renders SQL or shapes an answer. Measured at 16 connections on two
     * cores: more throughput and a shorter tail than the shared elastic pool.
     */
    static Scheduler readScheduler(int threads) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "themescope-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return Schedulers.fromExecutorService(pool, "themescope-reads");
    }

    ClickHouseExecutor(DSLContext dsl, DSLContext analyticsDsl, com.clickhouse.client.api.Client rawClient,
                       java.util.Map<String, String> exportSettings) {
        this(dsl, analyticsDsl, rawClient, exportSettings, java.time.Duration.ofSeconds(20),
                new Visibility(java.time.Duration.ofSeconds(60)), Schedulers.boundedElastic());
    }

    ClickHouseExecutor(DSLContext dsl, DSLContext analyticsDsl, com.clickhouse.client.api.Client rawClient,
                       java.util.Map<String, String> exportSettings, java.time.Duration readPatience, Visibility visibility,
                       Scheduler reads) {
        this.reads = reads;
        this.visibility = visibility;
        this.readPatience = readPatience;
        this.writeDsl = dsl;
        this.analyticsDsl = analyticsDsl;
        this.rawClient = rawClient;
        this.exportSettings = exportSettings;
    }

    /**
     * A read-only query whose result leaves in one of ClickHouse's own formats (CSVWithNames,
     * JSONEachRow, Parquet, ...), streamed as it arrives. {@code sql} is rendered by jOOQ;
     * {@code extra} adds format settings on top of the export guard rails.
     */
    public Flux<org.springframework.core.io.buffer.DataBuffer> raw(String sql, com.clickhouse.data.ClickHouseFormat format,
                                                                  java.util.Map<String, String> extra) {
        return Flux.deferContextual(ctx -> {
            DbTiming timing = ctx.getOrDefault(DbTiming.class, DbTiming.NONE);
            return org.springframework.core.io.buffer.DataBufferUtils.readInputStream(() -> {
                        long start = System.nanoTime();
                        var settings = new com.clickhouse.client.api.query.QuerySettings().setFormat(format);
                        exportSettings.forEach(settings::serverSetting);
                        extra.forEach(settings::serverSetting);
                        try {
                            // the gate covers the query's start: from then on it reads a fixed set of parts
                            var response = visibility.reading(() -> {
                                try {
                                    return rawClient.query(sql, settings).get();
                                } catch (java.util.concurrent.ExecutionException e) {
                                    throw new java.util.concurrent.CompletionException(e.getCause());
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new java.util.concurrent.CompletionException(e);
                                }
                            });
                            return new java.io.FilterInputStream(response.getInputStream()) {
                                @Override
                                public void close() throws java.io.IOException {
                                    try {
                                        super.close();
                                        response.close();
                                    } catch (Exception e) {
                                        throw new java.io.IOException(e);
                                    } finally {
                                        timing.add(System.nanoTime() - start);
                                    }
                                }
                            };
                        } catch (java.util.concurrent.CompletionException e) {
                            throw new java.sql.SQLException(e.getCause().getMessage(), e.getCause());
                        }
                    }, org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance, 64 * 1024)
                    .onErrorMap(StorageException::translate)
                    .subscribeOn(Schedulers.boundedElastic());
        });
    }

    /**
     * An analytics query: read-only, time- and row-limited. The engine stops a query at its own time
     * limit, so a read with no answer well after that has lost its answer on the way; reads are safe
     * to repeat, so it is abandoned, logged and tried once more rather than left waiting forever.
     */
    public <T> Mono<T> read(Function<DSLContext, T> query) {
        // the connection is taken (and checked by the pool) before the gate, so only the query waits in it
        return call(analyticsDsl, dsl -> dsl.connectionResult(c -> {
                    DSLContext pinned = dsl.configuration().derive(new org.jooq.impl.DefaultConnectionProvider(c)).dsl();
                    return visibility.reading(() -> query.apply(pinned));
                }), reads)
                .timeout(readPatience)
                .doOnError(java.util.concurrent.TimeoutException.class,
                        e -> LOG.warn("an analytics read gave no answer in {}; trying it once more", readPatience))
                .retryWhen(reactor.util.retry.Retry.max(1)
                        .filter(e -> e instanceof java.util.concurrent.TimeoutException))
                .onErrorMap(java.util.concurrent.TimeoutException.class, e -> new StorageException(
                        StorageException.Kind.TIMEOUT, 159, "no answer from ClickHouse in " + readPatience, e));
    }

    /** The gate writers publish batches through. */
    public Visibility visibility() {
        return visibility;
    }

    /** A write, or a read that must see every row (ingest bookkeeping). */
    public <T> Mono<T> write(Function<DSLContext, T> work) {
        return call(writeDsl, work);
    }

    /** A lazily fetched result for exports: rows flow while the cursor is open, memory stays flat. */
    public <T> Flux<T> stream(Function<DSLContext, Stream<T>> query) {
        return Flux.deferContextual(ctx -> {
            DbTiming timing = ctx.getOrDefault(DbTiming.class, DbTiming.NONE);
            return Flux.using(() -> {
                        long start = System.nanoTime();
                        try {
                            return visibility.reading(() -> query.apply(analyticsDsl));
                        } finally {
                            timing.add(System.nanoTime() - start);
                        }
                    }, Flux::fromStream, Stream::close)
                    .onErrorMap(StorageException::translate)
                    .subscribeOn(Schedulers.boundedElastic());
        });
    }

    private static <T> Mono<T> call(DSLContext dsl, Function<DSLContext, T> work) {
        return call(dsl, work, Schedulers.boundedElastic());
    }

    private static <T> Mono<T> call(DSLContext dsl, Function<DSLContext, T> work, Scheduler on) {
        return Mono.deferContextual(ctx -> {
            DbTiming timing = ctx.getOrDefault(DbTiming.class, DbTiming.NONE);
            return Mono.fromCallable(() -> {
                long start = System.nanoTime();
                try {
                    return work.apply(dsl);
                } catch (StackOverflowError | LinkageError e) {
                    // Reactor rethrows these instead of signalling them, which would leave the
                    // request waiting forever; as an exception the caller gets an answer
                    throw new IllegalStateException("database call failed: " + e, e);
                } finally {
                    timing.add(System.nanoTime() - start);
                }
            }).onErrorMap(StorageException::translate).subscribeOn(on);
        });
    }

    @jakarta.annotation.PreDestroy
    void close() {
        if (reads != Schedulers.boundedElastic()) {
            reads.dispose();
        }
    }
}

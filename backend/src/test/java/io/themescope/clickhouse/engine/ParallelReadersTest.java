package io.themescope.clickhouse.engine;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Read-only statements run side by side on the engine's reader sessions, each session read-only and
 * with no trace of the previous statement's settings or database; a write runs alone, after the
 * reads in progress and before the reads that arrive while it runs. Sequential statements take the
 * idle readers in turn, so {@code readerSessions()} statements in a row visit every reader.
 */
class ParallelReadersTest {

    /** Sleeps 8 × 50 ms in the engine: slow without using a core, so the overlap shows even on a busy machine. */
    static final String SLOW_READ = "SELECT sleepEachRow(0.05) FROM numbers(8) FORMAT Null";
    /** At least what the 400 ms of sleeping take, with room for a coarse clock. */
    static final long SLOW_NANOS = TimeUnit.MILLISECONDS.toNanos(360);

    static EmbeddedEngines.Lease lease;
    static EmbeddedEngine engine;
    static ExecutorService threads;
    static String db;

    @BeforeAll
    static void open() {
        assumeTrue(ClickHouseTestSupport.embedded(), "sessions of the embedded engine");
        String version = System.getProperty("themescope.chdb.version", EngineLibrary.DEFAULT_VERSION);
        lease = EmbeddedEngines.acquire(EngineLibrary.defaultLocation(version), ClickHouseTestSupport.target().dataDir());
        engine = lease.engine();
        threads = Executors.newFixedThreadPool(EmbeddedEngine.MAX_READER_SESSIONS + 2);
        db = ClickHouseTestSupport.newDatabase("readers");
    }

    @AfterAll
    static void close() {
        if (threads != null) {
            threads.shutdownNow();
        }
        if (lease != null) {
            lease.close();
        }
    }

    @Test
    void twoReadOnlyStatementsRunAtTheSameTime() throws Exception {
        assumeTrue(engine.readerSessions() >= 2, "needs two reader sessions");
        ok(read(SLOW_READ));
        long start = System.nanoTime();
        ok(read(SLOW_READ));
        long alone = System.nanoTime() - start;

        start = System.nanoTime();
        Future<QueryResult> a = threads.submit(() -> read(SLOW_READ));
        Future<QueryResult> b = threads.submit(() -> read(SLOW_READ));
        ok(a.get(10, TimeUnit.SECONDS));
        ok(b.get(10, TimeUnit.SECONDS));
        long both = System.nanoTime() - start;
        // one at a time (the single lock this replaced) took 812 ms for 402 ms alone
        assertThat((double) both).as("two reads together took %d ms, one alone %d ms", both / 1_000_000,
                alone / 1_000_000).isLessThan(1.6 * alone);
    }

    @Test
    void moreReadsThanSessionsWaitForAFreeOne() throws Exception {
        int n = engine.readerSessions() + 1;
        long start = System.nanoTime();
        List<Future<QueryResult>> reads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reads.add(threads.submit(() -> read(SLOW_READ)));
        }
        for (Future<QueryResult> r : reads) {
            ok(r.get(20, TimeUnit.SECONDS));
        }
        // a session runs one statement at a time, so one of the reads waited for another to finish
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(2 * SLOW_NANOS);
    }

    @Test
    void aWriteWaitsForTheReadInProgress() throws Exception {
        String table = db + ".after_read";
        ok(engine.execute("CREATE TABLE " + table + " (v UInt32) ENGINE = MergeTree ORDER BY v", "TabSeparated"));
        long readSubmitted = System.nanoTime();
        Future<QueryResult> slowRead = threads.submit(() -> read(SLOW_READ));
        await(engine::readRunning);
        Future<Long> write = threads.submit(() -> {
            ok(engine.execute("INSERT INTO " + table + " VALUES (1)", "TabSeparated"));
            return System.nanoTime();
        });
        long written = write.get(10, TimeUnit.SECONDS);
        ok(slowRead.get(10, TimeUnit.SECONDS));
        // the read held the shared lock before the write was sent, and sleeps 400 ms once it has it
        assertThat(written - readSubmitted).as("write finished %d ms after the read was sent",
                (written - readSubmitted) / 1_000_000).isGreaterThanOrEqualTo(SLOW_NANOS);
    }

    @Test
    void aReadSentDuringAWriteWaitsForIt() throws Exception {
        String table = db + ".during_write";
        ok(engine.execute("CREATE TABLE " + table + " (v UInt32) ENGINE = MergeTree ORDER BY v", "TabSeparated"));
        long writeSubmitted = System.nanoTime();
        Future<QueryResult> slowWrite = threads.submit(() -> engine.execute("INSERT INTO " + table
                + " SELECT number FROM numbers(8) WHERE sleepEachRow(0.05) = 0", "TabSeparated"));
        await(engine::writeRunning);
        Future<Long> readDone = threads.submit(() -> {
            assertThat(text(read("SELECT count() FROM " + table))).as("the read sees the whole write").isEqualTo("8");
            return System.nanoTime();
        });
        long readAt = readDone.get(10, TimeUnit.SECONDS);
        ok(slowWrite.get(10, TimeUnit.SECONDS));
        assertThat(readAt - writeSubmitted).as("read finished %d ms after the write was sent",
                (readAt - writeSubmitted) / 1_000_000).isGreaterThanOrEqualTo(SLOW_NANOS);
    }

    @Test
    void everyReaderSessionIsReadOnly() {
        String table = db + ".guarded";
        ok(engine.execute("CREATE TABLE " + table + " (v UInt32) ENGINE = MergeTree ORDER BY v", "TabSeparated"));
        for (int i = 0; i < 2 * engine.readerSessions(); i++) {
            QueryResult r = read("INSERT INTO " + table + " VALUES (" + i + ")");
            assertThat(r.errorCode()).as("statement %d: %s", i, r.error()).isEqualTo(164);
            assertThat(r.error()).contains("readonly");
        }
        assertThat(text(engine.execute("SELECT count() FROM " + table, "TabSeparated"))).isEqualTo("0");
    }

    @Test
    void noReaderKeepsTheSettingsOrDatabaseOfTheStatementBefore() {
        int n = 2 * engine.readerSessions();
        for (int i = 0; i < n; i++) {
            String limit = Integer.toString(1000 + i);
            QueryResult r = engine.execute(new Statement(("SELECT getSetting('max_result_rows'), currentDatabase(),"
                    + " getSetting('readonly')").getBytes(StandardCharsets.UTF_8), "TabSeparated", db, Map.of(),
                    Map.of("max_result_rows", limit, "result_overflow_mode", "throw"), true));
            assertThat(text(r)).isEqualTo(limit + "\t" + db + "\t2");
        }
        for (int i = 0; i < n; i++) {
            assertThat(text(read("SELECT getSetting('max_result_rows'), getSetting('result_overflow_mode'),"
                    + " currentDatabase(), getSetting('readonly')"))).as("statement %d", i)
                    .isEqualTo("0\tthrow\tdefault\t2");
        }
    }

    @Test
    void readerSessionsOutsideOneToEightAreRefusedEvenWhenJoiningTheRunningEngine() {
        for (int n : new int[] {0, EmbeddedEngine.MAX_READER_SESSIONS + 1}) {
            assertThatThrownBy(() -> EmbeddedEngines.acquire(EngineChild.library(), ClickHouseTestSupport.target().dataDir(), n))
                    .isInstanceOf(EngineException.class)
                    .hasMessage("the embedded engine takes 1 to 8 reader sessions"
                            + " (themescope.clickhouse.embedded.reader-sessions), not " + n);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s for the engine").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    static QueryResult read(String sql) {
        return engine.execute(new Statement(sql.getBytes(StandardCharsets.UTF_8), "TabSeparated", null, Map.of(),
                Map.of(), true));
    }

    static QueryResult ok(QueryResult r) {
        assertThat(r.failed()).as("error: %s", r.error()).isFalse();
        return r;
    }

    static String text(QueryResult r) {
        return new String(ok(r).body(), StandardCharsets.UTF_8).strip();
    }
}

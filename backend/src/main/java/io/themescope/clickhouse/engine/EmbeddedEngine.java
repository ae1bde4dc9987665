package io.themescope.clickhouse.engine;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * The chDB engine of this process, with several sessions on one storage path: a writer and N
 * readers fixed at readonly=2, so read-only requests are enforced by the engine itself. One chDB
 * connection runs one statement at a time even when called from several threads, but two
 * connections on one path run SELECTs side by side (throughput ×1.4 measured on 2 cores), so each
 * read-only statement borrows an idle reader under a shared lock; writes hold that lock alone and
 * never overlap anything. Sessions are persistent while HTTP requests are not, so each statement
 * runs with exactly its request's settings: the session remembers what it has applied and changes
 * only the difference (the guard rails of a pool cost nothing after the first query), putting every
 * other setting back to its start-up value.
 * Instances come from {@link EmbeddedEngines}, which enforces one path per process and the lock file.
 */
public final class EmbeddedEngine implements AutoCloseable {

    static final String DEFAULT_DATABASE = "default";

    /**
     * Server settings for an engine that shares a process (and two cores) with the JVM, passed after
     * "--" as clickhouse-local takes them: idle threads of the global pool are let go instead of kept
     * by the hundred after a burst of part removal, and the mark cache is bounded, so resident memory
     * levels off while the store grows (see docs/reliability.md).
     */
    static final List<String> SERVER_SETTINGS = List.of(
            "--max_thread_pool_free_size=16",
            "--max_parts_cleaning_thread_pool_size=4",
            "--mark_cache_size=134217728");

    /** Reader sessions when none are configured, and the bounds of the setting. */
    public static final int DEFAULT_READER_SESSIONS = 2;
    public static final int MIN_READER_SESSIONS = 1;
    public static final int MAX_READER_SESSIONS = 8;

    private final ChdbLibrary lib;
    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    /** Read-only statements share it, writes and close hold it alone; fair, so a waiting write is not starved. */
    private final ReentrantReadWriteLock statementLock = new ReentrantReadWriteLock(true);
    private static final byte[] DRAIN = "SELECT 1".getBytes(StandardCharsets.UTF_8);
    private final Session writer;
    /** Every reader session, for closing; the idle ones wait in {@link #idleReaders}. */
    private final List<Session> readers;
    private final BlockingQueue<Session> idleReaders;
    private final String version;
    private final String timezone;
    private final Set<String> settingNames;
    private volatile boolean closed;

    private EmbeddedEngine(ChdbLibrary lib, Path dataDirectory, DataDirectoryLock lock, int readerSessions) {
        this.lib = lib;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        List<Session> opened = new java.util.ArrayList<>();
        try {
            this.writer = new Session(SignalGuard.preserving(() -> connect(lib, dataDirectory)));
            opened.add(writer);
            String[] info = text(writer.run("SELECT version(), timezone()", Map.of())).split("\t");
            this.version = info[0];
            this.timezone = info.length > 1 ? info[1] : "UTC";
            this.settingNames = Set.copyOf(List.of(text(writer.run("SELECT name FROM system.settings", Map.of())).split("\n")));
            writer.snapshotBaseline();
            for (int i = 0; i < readerSessions; i++) {
                Session reader = new Session(SignalGuard.preserving(() -> connect(lib, dataDirectory)));
                opened.add(reader);
                text(reader.run("SET readonly = 2", Map.of()));
                reader.snapshotBaseline();
            }
        } catch (RuntimeException e) {
            for (Session session : opened) {
                try {
                    lib.closeConn.invokeExact(session.handle);
                } catch (Throwable t) {
                    e.addSuppressed(t);
                }
            }
            throw e;
        }
        this.readers = List.copyOf(opened.subList(1, opened.size()));
        // fair: a returned session goes to the longest waiter; without it, a read arriving just then
        // could take it first, and under load some reads waited twice as long as the rest
        this.idleReaders = new ArrayBlockingQueue<>(readers.size(), true, readers);
    }

    static EmbeddedEngine open(Path library, Path dataDirectory) {
        return open(library, dataDirectory, DEFAULT_READER_SESSIONS);
    }

    static EmbeddedEngine open(Path library, Path dataDirectory, int readerSessions) {
        checkReaderSessions(readerSessions);
        if (!Files.isRegularFile(library)) {
            throw new EngineException("the embedded ClickHouse engine library is missing at " + library
                    + ". Fetch it with: bash scripts/fetch-engine.sh (needs npm), point"
                    + " themescope.clickhouse.embedded.library at it, or run in server mode"
                    + " (THEMESCOPE_CLICKHOUSE_MODE=server)");
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        try {
            return new EmbeddedEngine(ChdbLibrary.load(library), dataDirectory, lock, readerSessions);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    static void checkReaderSessions(int readerSessions) {
        if (readerSessions < MIN_READER_SESSIONS || readerSessions > MAX_READER_SESSIONS) {
            throw new EngineException("the embedded engine takes " + MIN_READER_SESSIONS + " to " + MAX_READER_SESSIONS
                    + " reader sessions (themescope.clickhouse.embedded.reader-sessions), not " + readerSessions);
        }
    }

    private static MemorySegment connect(ChdbLibrary lib, Path dataDirectory) {
        try (Arena arena = Arena.ofConfined()) {
            List<String> args = new java.util.ArrayList<>(List.of("clickhouse", "--path=" + dataDirectory.toAbsolutePath(), "--"));
            args.addAll(SERVER_SETTINGS);
            MemorySegment argv = arena.allocate(ADDRESS, args.size());
            for (int i = 0; i < args.size(); i++) {
                argv.setAtIndex(ADDRESS, i, arena.allocateFrom(args.get(i)));
            }
            MemorySegment handle = (MemorySegment) lib.connect.invokeExact(args.size(), argv);
            if (handle.equals(MemorySegment.NULL)) {
                throw new EngineException("chdb_connect returned no connection for " + dataDirectory);
            }
            return handle;
        } catch (EngineException e) {
            throw e;
        } catch (Throwable t) {
            throw new EngineException("chdb_connect failed for " + dataDirectory, t);
        }
    }

    private static String text(QueryResult r) {
        if (r.failed()) {
            throw new EngineException("the engine failed during start-up: " + r.error());
        }
        return new String(r.body(), StandardCharsets.UTF_8).strip();
    }

    public String version() {
        return version;
    }

    public String timezone() {
        return timezone;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** How many read-only statements can run at the same time. */
    public int readerSessions() {
        return readers.size();
    }

    /** Runs one statement in the writer session, in database default, without settings. */
    public QueryResult execute(String sql, String format) {
        return execute(new Statement(sql.getBytes(StandardCharsets.UTF_8), format, null, Map.of(), Map.of(), false));
    }

    /**
     * Runs one statement: switches database if asked, applies its settings, runs, restores them.
     * A read-only statement runs on an idle reader session next to other reads (waiting for one if
     * all are busy); any other statement runs on the writer while nothing else runs.
     */
    public QueryResult execute(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        if (!statement.readOnly()) {
            lockTimed(statementLock.writeLock(), WRITE_WAIT);
            try {
                checkOpen();
                return execute(writer, statement);
            } finally {
                statementLock.writeLock().unlock();
            }
        }
        lockTimed(statementLock.readLock(), READ_WAIT);
        try {
            checkOpen();
            Session reader = borrowReader();
            try {
                return execute(reader, statement);
            } finally {
                idleReaders.add(reader);
            }
        } finally {
            statementLock.readLock().unlock();
        }
    }

    /** For tests: a read-only statement holds the shared lock. */
    boolean readRunning() {
        return statementLock.getReadLockCount() > 0;
    }

    /** For tests: a write (or close) holds the lock alone. */
    boolean writeRunning() {
        return statementLock.isWriteLocked();
    }

    /**
     * Time spent waiting for a session (a reader's turn, or the engine alone for a write); recorded
     * only when there was a wait, in the global registry Spring Boot's own registries join.
     */
    private static final io.micrometer.core.instrument.Timer READ_WAIT = io.micrometer.core.instrument.Timer
            .builder("themescope.engine.session.wait").tag("kind", "read").register(io.micrometer.core.instrument.Metrics.globalRegistry);
    private static final io.micrometer.core.instrument.Timer WRITE_WAIT = io.micrometer.core.instrument.Timer
            .builder("themescope.engine.session.wait").tag("kind", "write").register(io.micrometer.core.instrument.Metrics.globalRegistry);

    private static void lockTimed(java.util.concurrent.locks.Lock lock, io.micrometer.core.instrument.Timer wait) {
        // tryLock(0, ...) keeps the lock's fair order (plain tryLock() would let a reader barge past a queued write)
        try {
            if (lock.tryLock(0, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // like lock() below, the wait itself is not cut short
        }
        long start = System.nanoTime();
        lock.lock();
        wait.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private void checkOpen() {
        if (closed) {
            throw new EngineException("the embedded engine is closed");
        }
    }

    /** Waits for an idle reader; like the lock around it, the wait is not cut short by an interrupt. */
    private Session borrowReader() {
        Session idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        long start = System.nanoTime();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    Session s = idleReaders.take();
                    READ_WAIT.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
                    return s;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs {@code statement} on {@code session}, which the caller holds alone. */
    private QueryResult execute(Session session, Statement statement) {
        // a statement without a database runs in default, not in whatever the previous one used
        String database = statement.database() != null ? statement.database() : DEFAULT_DATABASE;
        if (!database.equals(session.database)) {
            QueryResult use = session.run("USE " + quoteIdentifier(database), Map.of());
            if (use.failed()) {
                return use;
            }
            session.database = database;
        }
        for (String name : statement.settings().keySet()) {
            if (!settingNames.contains(name)) {
                return QueryResult.failure(115, "Setting " + name + " is neither a builtin setting nor"
                        + " started with the prefix 'custom_' registered for user-defined settings. (UNKNOWN_SETTING)");
            }
        }
        QueryResult set = session.applyOnly(statement.settings());
        if (set != null) {
            return set;
        }
        return session.run(statement.sql(), statement.format(), statement.params());
    }

    /** {@code SET a = 'x', b = DEFAULT}: values travel as string literals and the engine converts them. */
    private static String assignments(Map<String, String> values) {
        StringBuilder sql = new StringBuilder("SET ");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            sql.append(e.getKey()).append(" = ");
            if (e.getValue() == null) {
                sql.append("DEFAULT");
            } else {
                sql.append(quoteString(e.getValue()));
            }
        }
        return sql.toString();
    }

    static String quoteString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Backquoted identifier with backslash and backquote escaped, as ClickHouse parses it. */
    static String quoteIdentifier(String name) {
        return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    /**
     * Waits for running statements, closes every session and releases the data-directory lock; later
     * calls fail clearly.
     */
    @Override
    public void close() {
        statementLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            EngineException failure = null;
            try {
                for (Session session : readers) {
                    failure = closeSession(session, failure);
                }
                failure = closeSession(writer, failure);
            } finally {
                lock.release();
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            statementLock.writeLock().unlock();
        }
    }

    private EngineException closeSession(Session session, EngineException failure) {
        try {
            lib.closeConn.invokeExact(session.handle);
        } catch (Throwable t) {
            if (failure == null) {
                return new EngineException("closing the embedded engine failed", t);
            }
            failure.addSuppressed(t);
        }
        return failure;
    }

    public boolean isClosed() {
        return closed;
    }

    /** One chDB connection: its current database and the settings it had before any request. */
    private final class Session {
        final MemorySegment handle;
        final MemorySegment connection;
        String database = DEFAULT_DATABASE;
        final Map<String, String> baseline = new HashMap<>();
        final Map<String, String> applied = new HashMap<>();

        Session(MemorySegment handle) {
            this.handle = handle;
            this.connection = handle.reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0);
        }

        void snapshotBaseline() {
            String rows = text(run("SELECT name, value FROM system.settings WHERE changed", Map.of()));
            for (String line : rows.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    baseline.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }

        /**
         * Makes the session's request settings exactly {@code wanted}: sets what differs from what is
         * applied and returns the rest to the start-up values. Returns the failure, or null.
         */
        QueryResult applyOnly(Map<String, String> wanted) {
            Map<String, String> change = new LinkedHashMap<>();
            for (String name : applied.keySet()) {
                if (!wanted.containsKey(name)) {
                    change.put(name, baseline.get(name));
                }
            }
            for (Map.Entry<String, String> e : wanted.entrySet()) {
                if (!e.getValue().equals(applied.get(e.getKey()))) {
                    change.put(e.getKey(), e.getValue());
                }
            }
            if (change.isEmpty()) {
                return null;
            }
            QueryResult r = run(assignments(change), Map.of());
            if (r.failed()) {
                resetAll(wanted.keySet());
                return r;
            }
            applied.keySet().removeIf(name -> !wanted.containsKey(name));
            applied.putAll(wanted);
            return null;
        }

        /** Returns every request setting (and {@code also}) to its start-up value after a failed SET. */
        private void resetAll(Set<String> also) {
            Map<String, String> values = new HashMap<>();
            Set<String> names = new HashSet<>(applied.keySet());
            names.addAll(also);
            names.retainAll(settingNames);
            for (String name : names) {
                values.put(name, baseline.get(name));
            }
            applied.clear();
            if (!values.isEmpty()) {
                QueryResult r = run(assignments(values), Map.of());
                if (r.failed()) {
                    throw new EngineException("could not restore session settings after a request: " + r.error());
                }
            }
        }

        QueryResult run(String sql, Map<String, String> params) {
            return run(sql.getBytes(StandardCharsets.UTF_8), "TabSeparated", params);
        }

        /**
         * Runs one statement. chDB keeps what a failed query had already written (e.g. the header of a
         * query stopped by max_execution_time) and prepends it to the next result on the same
         * connection, so after a failure a throwaway statement takes up those bytes.
         */
        QueryResult run(byte[] sql, String format, Map<String, String> params) {
            QueryResult result = runRaw(sql, format, params);
            if (result.failed()) {
                runRaw(DRAIN, "TabSeparated", Map.of());
            }
            return result;
        }

        private QueryResult runRaw(byte[] sql, String format, Map<String, String> params) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment fmt = arena.allocateFrom(format);
                MemorySegment text = arena.allocate(sql.length + 1L);
                MemorySegment.copy(sql, 0, text, JAVA_BYTE, 0, sql.length);
                MemorySegment result;
                if (params.isEmpty()) {
                    result = (MemorySegment) lib.queryN.invokeExact(connection, text, (long) sql.length, fmt,
                            (long) fmt.byteSize() - 1);
                } else {
                    for (byte b : sql) {
                        if (b == 0) {
                            return QueryResult.failure(62, "a query with parameters cannot contain NUL bytes");
                        }
                    }
                    int n = params.size();
                    MemorySegment names = arena.allocate(ADDRESS, n);
                    MemorySegment values = arena.allocate(ADDRESS, n);
                    int i = 0;
                    for (Map.Entry<String, String> e : params.entrySet()) {
                        names.setAtIndex(ADDRESS, i, arena.allocateFrom(e.getKey()));
                        values.setAtIndex(ADDRESS, i, arena.allocateFrom(e.getValue()));
                        i++;
                    }
                    result = (MemorySegment) lib.queryWithParams.invokeExact(connection, text, fmt, names, values,
                            (long) n);
                }
                return read(result);
            } catch (EngineException e) {
                throw e;
            } catch (Throwable t) {
                throw new EngineException("native query call failed", t);
            }
        }
    }

    private QueryResult read(MemorySegment result) throws Throwable {
        if (result.equals(MemorySegment.NULL)) {
            return QueryResult.failure(1000, "the engine returned no result");
        }
        try {
            MemorySegment err = (MemorySegment) lib.resultError.invokeExact(result);
            if (!err.equals(MemorySegment.NULL)) {
                String message = err.reinterpret(Long.MAX_VALUE).getString(0);
                return new QueryResult(new byte[0], message.isBlank() ? "Code: 1000. DB::Exception: unknown engine error"
                        : message, 0, 0, 0, 0, 0);
            }
            long length = (long) lib.resultLength.invokeExact(result);
            MemorySegment buffer = (MemorySegment) lib.resultBuffer.invokeExact(result);
            byte[] body = length == 0 || buffer.equals(MemorySegment.NULL)
                    ? new byte[0]
                    : buffer.reinterpret(length).toArray(JAVA_BYTE);
            return new QueryResult(body, null,
                    (double) lib.resultElapsed.invokeExact(result),
                    (long) lib.resultRowsRead.invokeExact(result),
                    (long) lib.resultBytesRead.invokeExact(result),
                    (long) lib.resultRowsWritten.invokeExact(result),
                    (long) lib.resultBytesWritten.invokeExact(result));
        } finally {
            lib.destroyResult.invokeExact(result);
        }
    }
}

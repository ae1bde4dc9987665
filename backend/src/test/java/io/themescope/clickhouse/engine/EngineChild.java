package io.themescope.clickhouse.engine;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * The main class the engine tests run in a child JVM (see ChildJvm): one command per run, results
 * printed on stdout, exit code 0 on success and 3 when the engine refused to start. Commands:
 * write DIR, read DIR, hold DIR, open DIR, exit-open DIR, npe-guarded DIR, npe-unguarded DIR.
 */
public final class EngineChild {

    static final int REFUSED = 3;
    static final int ROWS = 1000;

    private EngineChild() {
    }

    public static void main(String[] args) throws Throwable {
        String command = args[0];
        Path dir = Path.of(args[1]);
        switch (command) {
            case "write" -> write(dir);
            case "read" -> read(dir);
            case "hold" -> hold(dir);
            case "open" -> open(dir);
            case "exit-open" -> exitWithEngineOpen(dir);
            case "npe-guarded" -> npes(dir, true);
            case "npe-unguarded" -> npes(dir, false);
            default -> throw new IllegalArgumentException("unknown command " + command);
        }
    }

    static Path library() {
        return EngineLibrary.defaultLocation(System.getProperty("themescope.chdb.version", EngineLibrary.DEFAULT_VERSION));
    }

    private static void write(Path dir) {
        try (EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(library(), dir)) {
            EmbeddedEngine engine = lease.engine();
            ok(engine.execute("CREATE DATABASE IF NOT EXISTS persist", "TabSeparated"));
            ok(engine.execute("CREATE TABLE persist.events (id UInt32, label String) ENGINE = MergeTree ORDER BY id",
                    "TabSeparated"));
            ok(engine.execute("INSERT INTO persist.events SELECT number, concat('e', toString(number)) FROM numbers("
                    + ROWS + ")", "TabSeparated"));
            ok(engine.execute("INSERT INTO persist.events VALUES (" + ROWS + ", 'last')", "TabSeparated"));
            System.out.println("written " + text(engine.execute("SELECT count() FROM persist.events", "TabSeparated")));
        }
        System.exit(0);
    }

    private static void read(Path dir) {
        try (EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(library(), dir)) {
            EmbeddedEngine engine = lease.engine();
            System.out.println("count=" + text(engine.execute("SELECT count() FROM persist.events", "TabSeparated")));
            System.out.println("last=" + text(engine.execute("SELECT label FROM persist.events WHERE id = " + ROWS,
                    "TabSeparated")));
        }
        System.exit(0);
    }

    /** Holds the engine (and its lock) until stdin closes or the process is killed. */
    private static void hold(Path dir) throws IOException {
        try (EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(library(), dir)) {
            System.out.println("holding " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait
            }
        }
        System.exit(0);
    }

    private static void open(Path dir) {
        try (EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(library(), dir)) {
            System.out.println("opened " + text(lease.engine().execute("SELECT 1", "TabSeparated")));
        } catch (EngineException e) {
            System.out.println("refused: " + e.getMessage());
            System.out.flush();
            System.exit(REFUSED);
        }
        System.exit(0);
    }

    /** Leaves a busy engine open and exits: the registry's exit hook must close it before the C runtime exits. */
    private static void exitWithEngineOpen(Path dir) {
        System.setProperty(EmbeddedEngines.EXIT_GRACE_PROPERTY, "0");
        EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(library(), dir);
        EmbeddedEngine engine = lease.engine();
        for (int d = 0; d < 30; d++) {
            ok(engine.execute("CREATE DATABASE IF NOT EXISTS x" + d, "TabSeparated"));
            ok(engine.execute("CREATE TABLE IF NOT EXISTS x" + d + ".t (v UInt32) ENGINE = MergeTree ORDER BY v",
                    "TabSeparated"));
            for (int i = 0; i < 3; i++) {
                ok(engine.execute("INSERT INTO x" + d + ".t VALUES (" + i + ")", "TabSeparated"));
            }
        }
        System.out.println("exiting with the engine open");
        System.out.flush();
        System.exit(0);
    }

    /**
     * Connects (through the engine with its signal guard, or straight through chDB's C API without
     * it), runs a query, then throws NullPointerExceptions the way HotSpot's implicit null checks do.
     */
    private static void npes(Path dir, boolean guarded) throws Throwable {
        Files.createDirectories(dir);
        EmbeddedEngines.Lease lease = null;
        if (guarded) {
            lease = EmbeddedEngines.acquire(library(), dir);
            ok(lease.engine().execute("SELECT sum(number) FROM numbers(1000)", "TabSeparated"));
        } else {
            ChdbLibrary lib = ChdbLibrary.load(library());
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment argv = arena.allocate(ADDRESS, 2);
                argv.setAtIndex(ADDRESS, 0, arena.allocateFrom("clickhouse"));
                argv.setAtIndex(ADDRESS, 1, arena.allocateFrom("--path=" + dir.toAbsolutePath()));
                MemorySegment handle = (MemorySegment) lib.connect.invokeExact(2, argv);
                MemorySegment conn = handle.reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0);
                MemorySegment sql = arena.allocateFrom("SELECT sum(number) FROM numbers(1000)");
                MemorySegment fmt = arena.allocateFrom("TabSeparated");
                MemorySegment result = (MemorySegment) lib.queryN.invokeExact(conn, sql, sql.byteSize() - 1, fmt,
                        fmt.byteSize() - 1);
                lib.destroyResult.invokeExact(result);
            }
        }
        System.out.println("connected, throwing");
        System.out.flush();
        long caught = NullPointers.throwAndCatch(5_000_000);
        System.out.println("survived " + caught);
        if (lease != null) {
            ok(lease.engine().execute("SELECT 1", "TabSeparated"));
            lease.close();
        }
        System.exit(0);
    }

    private static void ok(QueryResult r) {
        if (r.failed()) {
            throw new IllegalStateException(r.error());
        }
    }

    private static String text(QueryResult r) {
        ok(r);
        return new String(r.body(), StandardCharsets.UTF_8).strip();
    }
}

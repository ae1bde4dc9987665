package io.themescope.clickhouse.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The process-wide registry of the one embedded engine. chDB accepts a single storage path per
 * process, so a second request for the same directory shares the running engine (reference
 * counted), and a request for another directory is refused with a clear message.
 * <p>
 * The engine must be closed before the process exits: chDB's background threads keep running
 * while the C runtime destroys the library's globals at exit, and the process then dies with
 * SIGSEGV. A shutdown hook gives open leases a grace period to be released (Spring closes its
 * context in a hook of its own) and then closes the engine itself.
 */
public final class EmbeddedEngines {

    private static final Logger LOG = Logger.getLogger(EmbeddedEngines.class.getName());
    /** System property: seconds to wait at exit for open leases before closing the engine (default 10). */
    public static final String EXIT_GRACE_PROPERTY = "themescope.engine.exit-grace-seconds";

    private static Thread exitHook;
    private static boolean exiting;
    private static EmbeddedEngine engine;
    private static ClickHouseHttpBridge bridge;
    private static Path path;
    private static int references;

    private EmbeddedEngines() {
    }

    /** Starts (or joins) the engine for {@code dataDirectory} with the default number of reader sessions. */
    public static Lease acquire(Path library, Path dataDirectory) {
        return acquire(library, dataDirectory, EmbeddedEngine.DEFAULT_READER_SESSIONS);
    }

    /**
     * Starts (or joins) the engine for {@code dataDirectory} and its loopback HTTP interface. A running
     * engine is joined as it is: {@code readerSessions} applies only when this call starts it.
     */
    public static synchronized Lease acquire(Path library, Path dataDirectory, int readerSessions) {
        EmbeddedEngine.checkReaderSessions(readerSessions);
        Path normalised = dataDirectory.toAbsolutePath().normalize();
        if (exiting) {
            throw new EngineException("the embedded engine cannot be started for " + normalised
                    + " while the process is exiting");
        }
        if (engine != null && !engine.isClosed()) {
            if (!normalised.equals(path)) {
                throw new EngineException("this process already runs the embedded engine on " + path
                        + "; chDB allows one data directory per process, so " + normalised + " cannot be opened");
            }
            if (readerSessions != engine.readerSessions()) {
                LOG.info("joining the embedded engine on " + path + " with its " + engine.readerSessions()
                        + " reader sessions (" + readerSessions + " asked for)");
            }
        } else {
            engine = EmbeddedEngine.open(library, normalised, readerSessions);
            try {
                bridge = ClickHouseHttpBridge.start(engine);
            } catch (RuntimeException e) {
                engine.close();
                engine = null;
                throw e;
            }
            path = normalised;
            references = 0;
            registerExitHook();
        }
        references++;
        return new Lease(engine, bridge);
    }

    private static synchronized void release(EmbeddedEngine leased) {
        if (leased != engine || engine == null) {
            return;
        }
        references--;
        if (references <= 0) {
            stop();
        }
    }

    private static void stop() {
        try {
            bridge.stop();
            engine.close();
        } finally {
            engine = null;
            bridge = null;
            path = null;
            references = 0;
            EmbeddedEngines.class.notifyAll();
        }
    }

    private static void registerExitHook() {
        if (exitHook != null) {
            return;
        }
        Thread hook = Thread.ofPlatform().name("embedded-engine-exit").unstarted(
                () -> closeAtExit(Duration.ofSeconds(Math.max(0, Long.getLong(EXIT_GRACE_PROPERTY, 10)))));
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            exitHook = hook;
        } catch (IllegalStateException alreadyExiting) {
            // the JVM is already shutting down; nothing can be registered any more
        }
    }

    /** Waits up to {@code grace} for the leases to be released, then closes the engine regardless. */
    static synchronized void closeAtExit(Duration grace) {
        exiting = true;
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            while (engine != null && System.nanoTime() < deadline) {
                EmbeddedEngines.class.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (engine != null) {
            LOG.warning(references + " lease(s) on the embedded engine still open at exit; closing it now");
            try {
                stop();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the embedded engine at exit failed", e);
            }
        }
    }

    /** A handle on the shared engine; closing the last lease stops the bridge and the engine. */
    public static final class Lease implements AutoCloseable {
        private final EmbeddedEngine engine;
        private final ClickHouseHttpBridge bridge;
        private boolean released;

        private Lease(EmbeddedEngine engine, ClickHouseHttpBridge bridge) {
            this.engine = engine;
            this.bridge = bridge;
        }

        public EmbeddedEngine engine() {
            return engine;
        }

        public int port() {
            return bridge.port();
        }

        /** The per-process password of the loopback HTTP interface (user {@value ClickHouseHttpBridge#USER}). */
        public String password() {
            return bridge.password();
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                release(engine);
            }
        }
    }
}

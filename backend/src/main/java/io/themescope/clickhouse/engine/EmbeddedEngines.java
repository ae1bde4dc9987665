package io.themescope.clickhouse.engine;

import java.nio.file.Path;

/**
 * The process-wide registry of the one embedded engine. chDB accepts a single storage path per
 * process, so a second request for the same directory shares the running engine (reference
 * counted), and a request for another directory is refused with a clear message.
 */
public final class EmbeddedEngines {

    private static EmbeddedEngine engine;
    private static ClickHouseHttpBridge bridge;
    private static Path path;
    private static int references;

    private EmbeddedEngines() {
    }

    /** Starts (or joins) the engine for {@code dataDirectory} and its loopback HTTP interface. */
    public static synchronized Lease acquire(Path library, Path dataDirectory) {
        Path normalised = dataDirectory.toAbsolutePath().normalize();
        if (engine != null && !engine.isClosed()) {
            if (!normalised.equals(path)) {
                throw new EngineException("this process already runs the embedded engine on " + path
                        + "; chDB allows one data directory per process, so " + normalised + " cannot be opened");
            }
        } else {
            engine = EmbeddedEngine.open(library, normalised);
            try {
                bridge = ClickHouseHttpBridge.start(engine);
            } catch (RuntimeException e) {
                engine.close();
                engine = null;
                throw e;
            }
            path = normalised;
            references = 0;
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
            bridge.stop();
            engine.close();
            engine = null;
            bridge = null;
            path = null;
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

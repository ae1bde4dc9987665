package io.themescope.clickhouse;

import io.themescope.clickhouse.engine.EmbeddedEngine;
import io.themescope.clickhouse.engine.EmbeddedEngines;
import io.themescope.clickhouse.engine.EngineLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.nio.file.Path;

/**
 * Spring's handle on the embedded engine: starts (or joins) it when the context starts and
 * releases its lease when the context closes, which closes the engine and the lock cleanly.
 */
final class EmbeddedEngineLifecycle implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEngineLifecycle.class);

    private final EmbeddedEngines.Lease lease;
    private final ClickHouseEndpoint endpoint;

    EmbeddedEngineLifecycle(ClickHouseProperties properties) {
        ClickHouseProperties.Embedded embedded = properties.embedded();
        Path library = embedded.library() != null ? embedded.library() : EngineLibrary.defaultLocation(embedded.version());
        Path dataDir = embedded.dataDir().toAbsolutePath().normalize();
        this.lease = EmbeddedEngines.acquire(library, dataDir, embedded.readerSessions());
        EmbeddedEngine engine = lease.engine();
        this.endpoint = new ClickHouseEndpoint(ClickHouseProperties.Mode.EMBEDDED,
                "http://127.0.0.1:" + lease.port(), "default", lease.password(), properties.database(),
                engine.version(), dataDir.toString());
        LOG.info("ClickHouse mode=embedded engine=chDB {} dataDir={} readerSessions={} httpPort=127.0.0.1:{}",
                engine.version(), dataDir, engine.readerSessions(), lease.port());
    }

    ClickHouseEndpoint endpoint() {
        return endpoint;
    }

    io.themescope.clickhouse.engine.EmbeddedEngine engine() {
        return lease.engine();
    }

    @Override
    public void destroy() {
        lease.close();
        LOG.info("ClickHouse embedded engine released");
    }
}

package io.themescope.clickhouse.engine;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * chDB keeps the bytes a failed query had already written (here the header of a query stopped by
 * max_execution_time) and prepends them to the next result on the same connection. The engine must
 * take them up, or the driver reads another query's header as data.
 */
class FailedQueryLeftoversTest {

    @Test
    void theResultAfterAStoppedQueryHoldsOnlyItsOwnRows() {
        assumeTrue(ClickHouseTestSupport.embedded());
        ClickHouseTestSupport.Target target = ClickHouseTestSupport.target();
        String version = System.getProperty("themescope.chdb.version", EngineLibrary.DEFAULT_VERSION);
        try (EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(EngineLibrary.defaultLocation(version), target.dataDir())) {
            EmbeddedEngine engine = lease.engine();
            Map<String, String> oneSecond = Map.of("max_execution_time", "1");
            QueryResult stopped = engine.execute(new Statement("SELECT count() FROM numbers_mt(100000000000)"
                    .getBytes(StandardCharsets.UTF_8), "RowBinaryWithNamesAndTypes", null, Map.of(), oneSecond, true));
            assertThat(stopped.errorCode()).isEqualTo(159);

            // sequential reads take the reader sessions in turn: one of these runs where the stopped query ran
            for (int i = 0; i < engine.readerSessions(); i++) {
                QueryResult next = engine.execute(new Statement("SELECT 42 AS x".getBytes(StandardCharsets.UTF_8),
                        "TabSeparated", null, Map.of(), oneSecond, true));
                assertThat(new String(next.body(), StandardCharsets.UTF_8)).as("read %d", i).isEqualTo("42\n");
            }
        }
    }
}

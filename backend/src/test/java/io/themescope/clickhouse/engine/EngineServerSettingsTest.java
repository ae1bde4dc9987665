package io.themescope.clickhouse.engine;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The server settings handed to chDB at connect are the ones the engine reports it runs with. */
class EngineServerSettingsTest {

    @BeforeAll
    static void embeddedOnly() {
        assumeTrue(ClickHouseTestSupport.embedded(), "settings of the embedded engine");
    }

    @Test
    void theEngineRunsWithTheSettingsItWasGiven() throws Exception {
        Map<String, String> seen = new TreeMap<>();
        try (var c = ClickHouseTestSupport.connect("default"); var s = c.createStatement();
             var r = s.executeQuery("SELECT name, value FROM system.server_settings WHERE name IN"
                     + " ('max_thread_pool_free_size', 'max_parts_cleaning_thread_pool_size', 'mark_cache_size')")) {
            while (r.next()) {
                seen.put(r.getString(1), r.getString(2));
            }
        }
        assertThat(seen).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "mark_cache_size", "134217728",
                "max_parts_cleaning_thread_pool_size", "4",
                "max_thread_pool_free_size", "16")));
        assertThat(EmbeddedEngine.SERVER_SETTINGS).hasSize(3);
    }
}

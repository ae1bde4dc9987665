package io.themescope.clickhouse;

import io.themescope.clickhouse.engine.EmbeddedEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The number of reader sessions of the embedded engine is a property whose default is the engine's own. */
class ClickHousePropertiesTest {

    static ClickHouseProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("themescope.clickhouse", ClickHouseProperties.class);
    }

    @Test
    void readerSessionsDefaultToTheEnginesDefault() {
        assertThat(bind(Map.of()).embedded().readerSessions()).isEqualTo(EmbeddedEngine.DEFAULT_READER_SESSIONS);
    }

    @Test
    void readerSessionsAreSetByTheirProperty() {
        assertThat(bind(Map.of("themescope.clickhouse.embedded.reader-sessions", "4")).embedded().readerSessions())
                .isEqualTo(4);
    }
}

package io.themescope.clickhouse;

import com.zaxxer.hikari.HikariDataSource;
import io.themescope.support.ClickHouseTestSupport;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Analytics queries run under guard rails that the engine enforces, not the application: they cannot
 * write, they fail loudly instead of truncating when a result is too large, and they are stopped when
 * they run too long. The pool is built the way ClickHouseConfiguration builds the analytics pool.
 */
class GuardRailsTest {

    static final int MAX_ROWS = 10;

    static String db;
    static HikariDataSource analytics;
    static DSLContext dsl;

    @BeforeAll
    static void setUp() throws SQLException {
        db = ClickHouseTestSupport.newDatabase("guardrails");
        try (Connection c = ClickHouseTestSupport.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE facts (id UInt32) ENGINE = MergeTree ORDER BY id");
            s.execute("INSERT INTO facts SELECT number FROM numbers(100)");
        }
        analytics = ClickHouseTestSupport.guardedPool("guard-rails-test", db,
                new ClickHouseProperties.GuardRails(Duration.ofSeconds(1), MAX_ROWS, 2_000_000_000L, 1_000, Duration.ofSeconds(5)));
        dsl = DSL.using(analytics, SQLDialect.CLICKHOUSE);
    }

    @AfterAll
    static void tearDown() {
        if (analytics != null) {
            analytics.close();
        }
    }

    @Test
    void settingsAreTheOnesTheAnalyticsPoolCarries() {
        assertThat(GuardRails.settings(new ClickHouseProperties.GuardRails(Duration.ofSeconds(15), 200_000, 2_000_000_000L, 50_000_000, Duration.ofSeconds(300))))
                .containsExactly(Map.entry("readonly", "2"), Map.entry("max_execution_time", "15"),
                        Map.entry("max_result_rows", "200000"), Map.entry("result_overflow_mode", "throw"),
                        Map.entry("max_memory_usage", "2000000000"), Map.entry("use_top_k_dynamic_filtering", "0"),
                        Map.entry("optimize_use_projections", "0"), Map.entry("optimize_move_to_prewhere", "0"),
                        Map.entry("use_query_condition_cache", "0"), Map.entry("output_format_parallel_formatting", "0"));
        assertThat(GuardRails.settings(new ClickHouseProperties.GuardRails(Duration.ofMillis(300), 1, 1, 1, Duration.ofSeconds(1))))
                .containsEntry("max_execution_time", "1");
    }

    @Test
    void exportsKeepTheRailsWithTheirOwnLimitsAndFormatInParallel() {
        var rails = new ClickHouseProperties.GuardRails(Duration.ofSeconds(15), 200_000, 2_000_000_000L, 50_000_000, Duration.ofSeconds(300));
        assertThat(GuardRails.exportSettings(rails))
                .containsEntry("readonly", "2").containsEntry("max_execution_time", "300")
                .containsEntry("max_result_rows", "50000000").containsEntry("max_memory_usage", "2000000000")
                .doesNotContainKey("output_format_parallel_formatting");
    }

    @Test
    void readsWithinTheLimitsWork() {
        assertThat(dsl.fetch("SELECT id FROM facts ORDER BY id LIMIT " + MAX_ROWS)).hasSize(MAX_ROWS);
        assertThat(((Number) dsl.fetchValue("SELECT count() FROM facts")).longValue()).isEqualTo(100L);
    }

    @Test
    void analyticsConnectionsCannotWrite() {
        assertThatThrownBy(() -> dsl.execute("INSERT INTO facts VALUES (1000)"))
                .hasStackTraceContaining("Code: 164")
                .hasStackTraceContaining("READONLY");
        assertThatThrownBy(() -> dsl.execute("CREATE TABLE other (id UInt8) ENGINE = Memory"))
                .hasStackTraceContaining("Code: 164");
        assertThat(((Number) dsl.fetchValue("SELECT count() FROM facts WHERE id = 1000")).longValue()).isZero();
    }

    @Test
    void aResultLargerThanTheLimitFailsInsteadOfBeingCutShort() {
        assertThatThrownBy(() -> dsl.fetch("SELECT id FROM facts"))
                .hasStackTraceContaining("Code: 396")
                .hasStackTraceContaining("TOO_MANY_ROWS_OR_BYTES");
    }

    @Test
    void queriesCannotLiftTheirOwnLimits() {
        assertThatThrownBy(() -> dsl.fetch("SELECT id FROM facts SETTINGS readonly = 0"))
                .hasStackTraceContaining("Code: 164");
        assertThatThrownBy(() -> dsl.execute("INSERT INTO facts SETTINGS readonly = 0 VALUES (1001)"))
                .hasStackTraceContaining("Code: 164");
    }

    @Test
    void theExecutorReportsTooManyRowsAsSuch() {
        ClickHouseExecutor executor = new ClickHouseExecutor(dsl, dsl, null, java.util.Map.of());
        assertThatThrownBy(() -> executor.read(d -> d.fetch("SELECT id FROM facts")).block(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StorageException.Kind.TOO_MANY_ROWS);
                    assertThat(e.code()).isEqualTo(396);
                });
    }

    @Test
    void aQueryRunningLongerThanTheLimitIsStopped() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> dsl.fetch("SELECT count() FROM numbers_mt(100000000000)"))
                .hasStackTraceContaining("Code: 159")
                .hasStackTraceContaining("TIMEOUT_EXCEEDED");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until stopped").isLessThan(10_000);
    }
}

package io.themescope.clickhouse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where ClickHouse is and how queries against it are bounded. {@code embedded} runs chDB in this
 * process; {@code server} connects to a ClickHouse server or cluster by URL (env
 * THEMESCOPE_CLICKHOUSE_URL etc. through Spring's relaxed binding). In server mode, analytics
 * reads and exports may log in as a separate user that holds only SELECT grants.
 */
@ConfigurationProperties("themescope.clickhouse")
public record ClickHouseProperties(
        @DefaultValue("embedded") Mode mode,
        @DefaultValue("themescope") String database,
        String url,
        @DefaultValue("default") String user,
        @DefaultValue("") String password,
        @DefaultValue("") String cluster,
        @DefaultValue("") String analyticsUser,
        @DefaultValue("") String analyticsPassword,
        @DefaultValue Embedded embedded,
        @DefaultValue GuardRails guardRails) {

    public enum Mode { EMBEDDED, SERVER }

    /**
     * The chDB library (default: the build's cache for {@code version}), the storage directory, how
     * many read-only statements may run at once, each on its own chDB session (1 to 8), and whether
     * analytics reads go to the engine in-process rather than through JDBC and the loopback bridge.
     */
    public record Embedded(Path library, @DefaultValue("./data") Path dataDir, @DefaultValue("26.5.3") String version,
                           @DefaultValue("2") int readerSessions, @DefaultValue("true") boolean inProcessReads) {
    }

    /** Limits every analytics query runs under, applied in one place by the analytics data source. */
    public record GuardRails(@DefaultValue("15s") Duration maxExecutionTime,
                             @DefaultValue("200000") long maxResultRows,
                             @DefaultValue("2000000000") long maxMemoryUsage,
                             @DefaultValue("50000000") long maxExportRows,
                             @DefaultValue("300s") Duration maxExportTime) {
    }

    /** True when reads log in as their own (read-only) user; server mode only. */
    public boolean separateAnalyticsUser() {
        return mode == Mode.SERVER && analyticsUser != null && !analyticsUser.isBlank();
    }

    public boolean clustered() {
        return cluster != null && !cluster.isBlank();
    }
}

package io.themescope.support;

import io.themescope.clickhouse.engine.EmbeddedEngines;
import io.themescope.clickhouse.engine.EngineLibrary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.clickhouse.ClickHouseContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way integration tests get ClickHouse: CLICKHOUSE_URL set → that server; else a reachable
 * Docker → a Testcontainers ClickHouse of the same LTS tag as docker-compose; else the embedded
 * engine, started once per JVM on one storage path. Each test class gets its own database, so the
 * same tests run unchanged on all three and never see each other's rows.
 */
public final class ClickHouseTestSupport {

    /** Keep in step with docker-compose.yml. */
    public static final String SERVER_IMAGE = "clickhouse/clickhouse-server:26.3";

    public enum Kind { SERVER, CONTAINER, EMBEDDED }

    public record Target(Kind kind, String baseUrl, String user, String password, Path dataDir) {
        public String jdbcUrl(String database) {
            return "jdbc:clickhouse:" + baseUrl + "/" + database + "?compress=false";
        }
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Target target;

    private ClickHouseTestSupport() {
    }

    public static synchronized Target target() {
        if (target == null) {
            target = start();
        }
        return target;
    }

    public static boolean embedded() {
        return target().kind() == Kind.EMBEDDED;
    }

    private static Target start() {
        String url = System.getenv("CLICKHOUSE_URL");
        if (url != null && !url.isBlank()) {
            return new Target(Kind.SERVER, url.replaceAll("/+$", ""),
                    envOr("CLICKHOUSE_USER", "default"), envOr("CLICKHOUSE_PASSWORD", ""), null);
        }
        if (dockerAvailable()) {
            ClickHouseContainer container = new ClickHouseContainer(SERVER_IMAGE);
            container.start();
            return new Target(Kind.CONTAINER, "http://" + container.getHost() + ":" + container.getMappedPort(8123),
                    container.getUsername(), container.getPassword(), null);
        }
        try {
            Path dir = Files.createTempDirectory("themescope-test-engine-");
            String version = System.getProperty("themescope.chdb.version", EngineLibrary.DEFAULT_VERSION);
            // held for the whole JVM: Spring contexts join this engine and leave it running when they close;
            // released at exit so the engine closes at once instead of after the registry's grace period,
            // and its storage removed then, so test runs do not pile up engine directories in the temp directory
            EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(EngineLibrary.defaultLocation(version), dir);
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("test-engine-release").unstarted(() -> {
                lease.close();
                try {
                    // best effort: whatever cannot be deleted is left to the system's temp cleaner
                    org.springframework.util.FileSystemUtils.deleteRecursively(dir);
                } catch (IOException e) {
                    // the next run does not depend on it
                }
            }));
            return new Target(Kind.EMBEDDED, "http://127.0.0.1:" + lease.port(), "default", lease.password(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Creates a fresh, empty database named after {@code hint} and returns its name. */
    public static String newDatabase(String hint) {
        String name = ("t_" + hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + SEQUENCE.incrementAndGet()).toLowerCase(Locale.ROOT);
        try (Connection c = connect("default")) {
            org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.CLICKHOUSE).createDatabaseIfNotExists(org.jooq.impl.DSL.name(name)).execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return name;
    }

    public static Connection connect(String database) throws SQLException {
        Target t = target();
        Properties p = new Properties();
        p.setProperty("user", t.user());
        p.setProperty("password", t.password());
        return DriverManager.getConnection(t.jdbcUrl(database), p);
    }

    /**
     * Points a Spring context at the target and at {@code database}, with rate limits off (tests send
     * bursts from one address) and open access allowed in server mode; tests of those use {@link #registerStore}.
     */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registerStore(registry, database);
        registry.add("themescope.rate-limit.enabled", () -> "false");
        registry.add("themescope.security.allow-open", () -> "true");
    }

    /** Points a Spring context at the target and at {@code database}, nothing else. */
    public static void registerStore(DynamicPropertyRegistry registry, String database) {
        Target t = target();
        registry.add("themescope.clickhouse.database", () -> database);
        if (t.kind() == Kind.EMBEDDED) {
            registry.add("themescope.clickhouse.mode", () -> "embedded");
            registry.add("themescope.clickhouse.embedded.data-dir", () -> t.dataDir().toString());
        } else {
            registry.add("themescope.clickhouse.mode", () -> "server");
            registry.add("themescope.clickhouse.url", t::baseUrl);
            registry.add("themescope.clickhouse.user", t::user);
            registry.add("themescope.clickhouse.password", t::password);
        }
    }

    /** A small pool on {@code database} whose connections carry {@code rails} as the analytics pool's do. */
    public static com.zaxxer.hikari.HikariDataSource guardedPool(String name, String database,
                                                                 io.themescope.clickhouse.ClickHouseProperties.GuardRails rails) {
        Target t = target();
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(t.jdbcUrl(database));
        config.setUsername(t.user());
        config.setPassword(t.password());
        config.setMaximumPoolSize(2);
        config.setInitializationFailTimeout(-1);
        io.themescope.clickhouse.GuardRails.settings(rails)
                .forEach((k, v) -> config.addDataSourceProperty("clickhouse_setting_" + k, v));
        return new com.zaxxer.hikari.HikariDataSource(config);
    }
}

package io.themescope.clickhouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.themescope.clickhouse.migrate.MigrationFiles;
import io.themescope.clickhouse.migrate.Migrator;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Wires ClickHouse for both modes behind one code path: resolve the endpoint (embedded engine or
 * server URL), create the database and apply migrations, then two pools over the same endpoint:
 * one for writes and one for analytics, the latter carrying every guard rail as server settings.
 */
@Configuration(proxyBeanMethods = false)
class ClickHouseConfiguration {

    static final String MIGRATIONS = "classpath*:sql/V*.sql";
    static final Duration KEEP_ALIVE = Duration.ofSeconds(5);
    /** Connections of the analytics pool (server mode, or embedded with in-process reads off). */
    static final int ANALYTICS_POOL_SIZE = 8;

    @Bean
    @ConditionalOnProperty(name = "themescope.clickhouse.mode", havingValue = "embedded", matchIfMissing = true)
    EmbeddedEngineLifecycle embeddedEngine(ClickHouseProperties properties) {
        return new EmbeddedEngineLifecycle(properties);
    }

    @Bean
    ClickHouseEndpoint clickHouseEndpoint(ClickHouseProperties properties,
                                          ObjectProvider<EmbeddedEngineLifecycle> embedded) {
        if (properties.mode() == ClickHouseProperties.Mode.EMBEDDED) {
            return embedded.getObject().endpoint();
        }
        if (properties.url() == null || properties.url().isBlank()) {
            throw new IllegalStateException("themescope.clickhouse.url (THEMESCOPE_CLICKHOUSE_URL) is required in"
                    + " server mode, e.g. http://localhost:8123");
        }
        return new ClickHouseEndpoint(ClickHouseProperties.Mode.SERVER, properties.url().replaceAll("/+$", ""),
                properties.user(), properties.password(), properties.database(), null, null);
    }

    /** Readers wait for a publishing batch at most as long as a read may take, and writers for readers. */
    @Bean
    Visibility visibility(ClickHouseProperties properties) {
        return new Visibility(properties.guardRails().maxExecutionTime().plusSeconds(30));
    }

    /** Creates the database and applies {@code sql/} before any pool hands out a connection. */
    @Bean
    SchemaVersion schemaVersion(ClickHouseEndpoint endpoint, ClickHouseProperties properties) {
        try (Connection bootstrap = DriverManager.getConnection(endpoint.jdbcUrl("default"), credentials(endpoint))) {
            DSLContext dsl = DSL.using(bootstrap, SQLDialect.CLICKHOUSE);
            String ddl = dsl.createDatabaseIfNotExists(DSL.name(endpoint.database())).getSQL();
            if (properties.clustered()) {
                ddl = ddl + " ON CLUSTER " + DSL.using(SQLDialect.CLICKHOUSE).render(DSL.name(properties.cluster()));
            }
            dsl.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach ClickHouse at " + endpoint.baseUrl() + ": " + e.getMessage(), e);
        }
        try (Connection conn = DriverManager.getConnection(endpoint.jdbcUrl(endpoint.database()), credentials(endpoint))) {
            var applied = new Migrator(DSL.using(conn, SQLDialect.CLICKHOUSE), endpoint.database(), properties.cluster())
                    .migrate(MigrationFiles.load(MIGRATIONS));
            return new SchemaVersion(applied);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach ClickHouse database " + endpoint.database() + ": "
                    + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(ClickHouseEndpoint endpoint, SchemaVersion schema) {
        return pool("themescope-write", endpoint, Map.of(), 4, Duration.ofMinutes(10));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource analyticsDataSource(ClickHouseEndpoint endpoint, SchemaVersion schema,
                                         ClickHouseProperties properties) {
        // the socket gives up when the executor does (time limit + 5 s), so a read whose answer was
        // lost releases its connection, and its place in the visibility gate, with it
        return pool("themescope-analytics", reader(endpoint, properties), GuardRails.settings(properties.guardRails()), ANALYTICS_POOL_SIZE,
                properties.guardRails().maxExecutionTime().plusSeconds(5));
    }

    /** Where reads log in: the analytics user when one is configured (server mode), else the main one. */
    private static ClickHouseEndpoint reader(ClickHouseEndpoint endpoint, ClickHouseProperties properties) {
        return properties.separateAnalyticsUser()
                ? endpoint.as(properties.analyticsUser(), properties.analyticsPassword())
                : endpoint;
    }

    /** The client exports stream through: the analytics user's, so exports can never write either. */
    @Bean(destroyMethod = "close")
    com.clickhouse.client.api.Client exportClient(ClickHouseEndpoint endpoint, SchemaVersion schema,
                                                  ClickHouseProperties properties) {
        return rawClient(reader(endpoint, properties), schema);
    }

    /** The driver's HTTP client, for results that leave in ClickHouse's own formats (exports, Parquet). */
    @Bean(destroyMethod = "close")
    @Primary
    com.clickhouse.client.api.Client rawClient(ClickHouseEndpoint endpoint, SchemaVersion schema) {
        return new com.clickhouse.client.api.Client.Builder()
                .addEndpoint(endpoint.baseUrl())
                .setUsername(endpoint.user())
                .setPassword(endpoint.password())
                .setDefaultDatabase(endpoint.database())
                .compressServerResponse(false)
                .compressClientRequest(false)
                .setKeepAliveTimeout(KEEP_ALIVE.toMillis(), java.time.temporal.ChronoUnit.MILLIS)
                .setSocketTimeout(Duration.ofMinutes(10).toMillis(), java.time.temporal.ChronoUnit.MILLIS)
                .build();
    }

    @Bean
    @Primary
    DSLContext dsl(HikariDataSource dataSource) {
        return DSL.using(dataSource, SQLDialect.CLICKHOUSE);
    }

    /**
     * Analytics reads: in embedded mode straight into the engine (see {@link InProcessReads}; values
     * are inlined by jOOQ, with ClickHouse's backslash escaping), otherwise through the guarded pool.
     */
    @Bean
    DSLContext analyticsDsl(@Qualifier("analyticsDataSource") HikariDataSource analyticsDataSource,
                            ObjectProvider<EmbeddedEngineLifecycle> embedded, ClickHouseProperties properties,
                            ClickHouseEndpoint endpoint) {
        EmbeddedEngineLifecycle engine = embedded.getIfAvailable();
        if (engine != null && properties.embedded().inProcessReads()) {
            return InProcessReads.dsl(engine.engine(), endpoint.database(), GuardRails.settings(properties.guardRails()));
        }
        return DSL.using(analyticsDataSource, SQLDialect.CLICKHOUSE);
    }

    /**
     * A pool whose connections retire after a few idle seconds (before any server closes them, so no
     * request goes out on a dead socket) and whose reads time out instead of waiting forever.
     */
    private static HikariDataSource pool(String name, ClickHouseEndpoint endpoint, Map<String, String> settings, int size,
                                         Duration socketTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(endpoint.jdbcUrl(endpoint.database()));
        config.setUsername(endpoint.user());
        config.setPassword(endpoint.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(-1);
        settings.forEach((k, v) -> config.addDataSourceProperty("clickhouse_setting_" + k, v));
        config.addDataSourceProperty("http_keep_alive_timeout", Long.toString(KEEP_ALIVE.toMillis()));
        // each JDBC connection is used by one thread at a time and the server closes every HTTP
        // connection after its answer, so the HTTP client needs no pool of its own; its pool
        // (LaxConnPool) was seen spinning forever while venting expired connections
        config.addDataSourceProperty("connection_pool_enabled", "false");
        config.addDataSourceProperty("socket_timeout", Long.toString(socketTimeout.toMillis()));
        return new HikariDataSource(config);
    }

    private static Properties credentials(ClickHouseEndpoint endpoint) {
        Properties p = new Properties();
        p.setProperty("user", endpoint.user());
        p.setProperty("password", endpoint.password());
        return p;
    }
}

package io.themescope.clickhouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.themescope.support.ClickHouseTestSupport;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health endpoint is what operators and the launcher trust, so it must say UP only after a real
 * query through the analytics pool came back right, name the engine, mode and database, and say DOWN
 * quickly when ClickHouse cannot be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClickHouseHealthIndicatorTest {

    static final String DATABASE = ClickHouseTestSupport.newDatabase("health");

    @DynamicPropertySource
    static void clickHouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DATABASE);
        registry.add("themescope.demo.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Test
    void actuatorHealthReportsClickHouseUpWithItsDetails() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode clickhouse = JsonMapper.builder().build().readTree(response.body()).path("components").path("clickhouse");
        assertThat(clickhouse.path("status").asString()).as(response.body()).isEqualTo("UP");
        JsonNode details = clickhouse.path("details");
        assertThat(details.path("engineVersion").asString()).matches("\\d+\\.\\d+.*");
        assertThat(details.path("database").asString()).isEqualTo(DATABASE);
        String mode = ClickHouseTestSupport.embedded() ? "embedded" : "server";
        assertThat(details.path("mode").asString()).isEqualTo(mode);
        if (ClickHouseTestSupport.embedded()) {
            assertThat(details.path("dataDirectory").asString())
                    .isEqualTo(ClickHouseTestSupport.target().dataDir().toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void unreachableClickHouseIsDownWithinSeconds() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dead");
        config.setJdbcUrl("jdbc:clickhouse://127.0.0.1:1/x?compress=false");
        config.setConnectionTimeout(500);
        config.setValidationTimeout(250);
        config.setInitializationFailTimeout(-1);
        config.setMinimumIdle(0);
        config.setMaximumPoolSize(1);
        try (HikariDataSource dead = new HikariDataSource(config)) {
            var dsl = DSL.using(dead, SQLDialect.CLICKHOUSE);
            ClickHouseEndpoint endpoint = new ClickHouseEndpoint(ClickHouseProperties.Mode.SERVER, "http://127.0.0.1:1",
                    "default", "", "x", null, null);
            ClickHouseHealthIndicator indicator = new ClickHouseHealthIndicator(new ClickHouseExecutor(dsl, dsl, null, java.util.Map.of()), endpoint);
            long start = System.nanoTime();
            Health health = indicator.health().block(Duration.ofSeconds(5));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(health).isNotNull();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
            assertThat(millis).as("time to DOWN in ms").isLessThan(2_000);
        }
    }
}

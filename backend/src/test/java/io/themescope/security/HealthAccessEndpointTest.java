package io.themescope.security;

import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With keys configured the health answer tells an anonymous caller its status and nothing else
 * (not the data directory), a key holder sees every detail, the probes are open, readiness was
 * still refusing traffic when the migrations and the start-up repair had run, and every response
 * carries a request id (the caller's own when it is sane) that the request's log line carries too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class HealthAccessEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("health_access");
    private static final String KEY = "health-key-for-tests-00001";
    static final AtomicReference<ReadinessState> READINESS_AFTER_REPAIR = new AtomicReference<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.registerStore(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
        registry.add("themescope.security.api-keys", () -> KEY);
    }

    @TestConfiguration
    static class AfterRepair {
        @Bean
        @DependsOn("storeRepair")
        Object readinessProbeAfterRepair(ApplicationAvailability availability) {
            READINESS_AFTER_REPAIR.set(availability.getReadinessState());
            return new Object();
        }
    }

    @Autowired
    private WebTestClient client;

    private EntityExchangeResult<String> get(String path, String key) {
        var spec = client.mutate().responseTimeout(Duration.ofSeconds(30)).build().get().uri(path);
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        return spec.exchange().expectBody(String.class).returnResult();
    }

    @Test
    void anonymousCallersSeeTheStatusOnly() {
        EntityExchangeResult<String> r = get("/actuator/health", null);
        assertThat(r.getStatus().value()).isEqualTo(200);
        assertThat(r.getResponseBody()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/health", "wrong-key-for-tests-000001").getResponseBody()).isEqualTo("{\"status\":\"UP\"}");
        EntityExchangeResult<String> component = get("/actuator/health/clickhouse", null);
        assertThat(component.getStatus().value()).isEqualTo(401);
        assertThat(component.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(component.getResponseBody()).doesNotContain("dataDirectory");
    }

    @Test
    void keyHoldersSeeTheDetails() {
        EntityExchangeResult<String> r = get("/actuator/health", KEY);
        assertThat(r.getStatus().value()).isEqualTo(200);
        JsonNode details = Json.parse(r.getResponseBody()).path("components").path("clickhouse").path("details");
        assertThat(details.path("engineVersion").asString()).matches("\\d+\\.\\d+.*");
        assertThat(details.path("mode").asString()).isNotEmpty();
        if (ClickHouseTestSupport.embedded()) {
            assertThat(details.path("dataDirectory").asString()).isNotEmpty();
        }
        assertThat(get("/actuator/health/clickhouse", KEY).getStatus().value()).isEqualTo(200);
    }

    @Test
    void probesAreOpenAndReadinessWaitedForTheRepair() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            EntityExchangeResult<String> r = get(probe, null);
            assertThat(r.getStatus().value()).as(probe).isEqualTo(200);
            assertThat(Json.parse(r.getResponseBody()).path("status").asString()).as(probe).isEqualTo("UP");
            assertThat(r.getResponseBody()).as(probe).doesNotContain("dataDirectory");
        }
        assertThat(READINESS_AFTER_REPAIR.get()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
    }

    @Test
    void everyResponseCarriesARequestIdThatItsLogLineCarries(CapturedOutput output) {
        EntityExchangeResult<String> generated = get("/api/v1/themes", null);
        String id = generated.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        var own = client.get().uri("/api/v1/meetings").header("X-Request-Id", "trace-42.a").exchange()
                .expectBody(String.class).returnResult();
        assertThat(own.getResponseHeaders().getFirst("X-Request-Id")).isEqualTo("trace-42.a");
        var odd = client.get().uri("/api/v1/meetings").header("X-Request-Id", "no spaces\tor tabs {here}").exchange()
                .expectBody(String.class).returnResult();
        assertThat(odd.getResponseHeaders().getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
        var refused = client.post().uri("/api/v1/reindex").exchange().expectBody(String.class).returnResult();
        assertThat(refused.getStatus().value()).isEqualTo(401);
        assertThat(refused.getResponseHeaders().getFirst("X-Request-Id")).isNotBlank();
        // the line may be plain text or structured JSON: another test in this JVM may have switched the format
        assertThat(output.getOut().lines().filter(l -> l.contains(id) && l.contains("GET /api/v1/themes 200")))
                .as("a log line with the generated request id").isNotEmpty();
        assertThat(output.getOut().lines().filter(l -> l.contains("trace-42.a") && l.contains("GET /api/v1/meetings 200")))
                .as("a log line with the caller's request id").isNotEmpty();
    }
}

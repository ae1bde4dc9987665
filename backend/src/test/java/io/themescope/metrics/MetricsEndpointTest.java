package io.themescope.metrics;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/prometheus on the application port is for key holders once keys are configured, and
 * its counters move by exactly what a known ingest and known requests did: documents, mentions and
 * bytes by format, rejected lines by rule, analytics requests with their ClickHouse time, cache hits
 * and misses, rate-limit refusals; Spring's HTTP and JVM meters are there too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class MetricsEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("metrics_endpoint");
    private static final String KEY = "metrics-key-for-tests-0001";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.registerStore(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
        registry.add("themescope.security.api-keys", () -> KEY);
        registry.add("themescope.rate-limit.reindex.burst", () -> "1");
        registry.add("themescope.rate-limit.reindex.per-minute", () -> "1");
    }

    @Autowired
    private WebTestClient client;

    private WebTestClient web() {
        return client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    private String scrape() {
        EntityExchangeResult<String> r = web().get().uri("/actuator/prometheus").header("X-API-Key", KEY).exchange()
                .expectBody(String.class).returnResult();
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(200);
        return r.getResponseBody();
    }

    /** The value of one sample line, 0 when the series does not exist yet. */
    static double sample(String text, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})? (\\S+)$").matcher(text);
        double sum = 0;
        while (m.find()) {
            boolean all = true;
            for (String l : labels.split(",")) {
                all &= l.isEmpty() || (m.group(1) != null && m.group(1).contains(l));
            }
            if (all) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    @Test
    void metricsNeedTheKeyOnTheApplicationPort() {
        EntityExchangeResult<String> r = web().get().uri("/actuator/prometheus").exchange().expectBody(String.class)
                .returnResult();
        assertThat(r.getStatus().value()).isEqualTo(401);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void countersMoveByWhatWasDone() {
        String before = scrape();
        // three mentions (maritime-security, arms-race, resilience: accents do not matter); é is two bytes
        String text = "Maritime security and the arms race. Résilience.";
        String body = """
                {"title": "M", "kind": "speech", "text": "%s", "meeting": {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA"}}
                {"title": "Bad", "kind": "memo", "text": "x", "meeting": {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA"}}
                """.formatted(text);
        web().post().uri("/api/v1/documents/bulk").header("X-API-Key", KEY).contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(body).exchange().expectStatus().isOk();
        for (int i = 0; i < 3; i++) {
            web().get().uri("/api/v1/series?theme=maritime-security").exchange().expectStatus().isOk();
        }
        web().post().uri("/api/v1/reindex").header("X-API-Key", KEY).exchange().expectStatus().isOk();
        web().post().uri("/api/v1/reindex").header("X-API-Key", KEY).exchange().expectStatus().isEqualTo(429);
        web().get().uri("/api/v1/series?theme=maritime-security").exchange().expectStatus().isOk();
        String after = scrape();

        assertThat(delta(before, after, "themescope_ingest_documents_total", "format=\"ndjson\"")).isEqualTo(1);
        assertThat(delta(before, after, "themescope_ingest_mentions_total", "format=\"ndjson\"")).isEqualTo(3);
        assertThat(delta(before, after, "themescope_ingest_bytes_total", "format=\"ndjson\""))
                .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(delta(before, after, "themescope_ingest_duration_seconds_count", "format=\"ndjson\"")).isEqualTo(1);
        assertThat(delta(before, after, "themescope_rejected_total", "rule=\"enum\"")).isEqualTo(1);
        assertThat(delta(before, after, "themescope_reindex_duration_seconds_count", "")).isEqualTo(1);
        assertThat(delta(before, after, "themescope_rate_limit_refusals_total", "budget=\"reindex\"")).isEqualTo(1);
        assertThat(delta(before, after, "themescope_rejected_total", "rule=\"rate-limit\"")).isEqualTo(1);
        assertThat(delta(before, after, "themescope_analytics_requests_seconds_count",
                "endpoint=\"/api/v1/series\",status=\"200\"")).isEqualTo(4);
        assertThat(delta(before, after, "themescope_analytics_db_seconds_count", "endpoint=\"/api/v1/series\"")).isEqualTo(4);
        assertThat(delta(before, after, "themescope_analytics_db_seconds_sum", "endpoint=\"/api/v1/series\"")).isPositive();
        // first series after the ingest misses, the next two hit; the reindex empties the cache, so one more miss
        assertThat(delta(before, after, "themescope_cache_misses_total", "")).isEqualTo(2);
        assertThat(delta(before, after, "themescope_cache_hits_total", "")).isEqualTo(2);
        assertThat(after).contains("http_server_requests_seconds_count{").contains("jvm_memory_used_bytes{")
                .contains("themescope_engine_session_wait_seconds");
        everyMetricOfTheOperationsDashboardIsScraped(after);
    }

    /** The provisioned Grafana dashboard asks only for series this endpoint serves. */
    private static void everyMetricOfTheOperationsDashboardIsScraped(String scrape) {
        java.nio.file.Path file = java.nio.file.Path.of("").toAbsolutePath().getParent()
                .resolve("dashboards/grafana/operations/themescope-operations.json");
        tools.jackson.databind.JsonNode dashboard;
        try {
            dashboard = io.themescope.support.Json.parse(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(dashboard.path("title").asString()).isEqualTo("ThemeScope operations");
        Pattern metric = Pattern.compile("\\b((?:themescope|http_server|jvm)_[a-z_]+)\\{");
        int names = 0;
        for (tools.jackson.databind.JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("themescope-prometheus");
            for (tools.jackson.databind.JsonNode target : panel.path("targets")) {
                Matcher m = metric.matcher(target.path("expr").asString());
                while (m.find()) {
                    assertThat(scrape).as("%s in panel %s", m.group(1), panel.path("title").asString())
                            .containsPattern("(?m)^" + Pattern.quote(m.group(1)) + "[{ ]");
                    names++;
                }
            }
        }
        assertThat(names).isGreaterThan(15);
    }

    private static double delta(String before, String after, String name, String labels) {
        return sample(after, name, labels) - sample(before, name, labels);
    }
}

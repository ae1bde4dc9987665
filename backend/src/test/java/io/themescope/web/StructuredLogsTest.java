package io.themescope.web;

import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One property, Spring Boot's own logging.structured.format.console, turns the logs into JSON; the
 * request line and the bulk ingest summary then carry the request id as a field of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=ecs")
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("structured_logs");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.registerStore(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
    }

    @Autowired
    private WebTestClient client;

    @Test
    void requestLinesAndIngestSummariesAreJsonWithTheRequestId(CapturedOutput output) {
        client.post().uri("/api/v1/documents/bulk").header("Content-Type", "application/x-ndjson")
                .header("X-Request-Id", "bulk-7").bodyValue("""
                        {"title": "S", "kind": "speech", "text": "Maritime security.", "meeting": {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA"}}
                        """).exchange().expectStatus().isOk();
        JsonNode request = line(output, "POST /api/v1/documents/bulk 200");
        JsonNode summary = line(output, "bulk ingest: 1 accepted");
        assertThat(request.path("requestId").asString()).isEqualTo("bulk-7");
        assertThat(summary.path("requestId").asString()).isEqualTo("bulk-7");
        assertThat(summary.path("log").path("logger").asString()).isEqualTo("io.themescope.ingest.IngestController");
    }

    private static JsonNode line(CapturedOutput output, String message) {
        return output.getOut().lines().filter(l -> l.startsWith("{") && l.contains(message)).findFirst()
                .map(Json::parse).orElseThrow(() -> new AssertionError("no JSON line with " + message + " in:\n"
                        + output.getOut()));
    }
}

package io.themescope.metrics;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a separate management port (kept on an internal network) the metrics and health details are
 * open there without a key, while the application port gives no metrics and its API still
 * asks writers for the key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ManagementPortTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("management_port");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.registerStore(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
        registry.add("themescope.security.api-keys", () -> "management-key-for-tests-01");
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private static HttpResponse<String> call(String method, int port, String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theManagementPortIsOpenAndTheApplicationPortIsNot() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> metrics = call("GET", managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(call("GET", managementPort, "/actuator/health").body()).contains("\"clickhouse\"");
        assertThat(call("GET", port, "/actuator/prometheus").statusCode()).isIn(401, 404);
        assertThat(call("POST", port, "/api/v1/reindex").statusCode()).isEqualTo(401);
    }
}

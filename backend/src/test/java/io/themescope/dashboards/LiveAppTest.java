package io.themescope.dashboards;

import io.themescope.support.ClickHouseTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app on a random port with the demo corpus loaded, shared by the dashboard tests: they
 * inherit one configuration, so Spring starts the app (and loads the demo) once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LiveAppTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, ClickHouseTestSupport.newDatabase("browser"));
        registry.add("themescope.demo.enabled", () -> "true");
    }

    String base() {
        return "http://localhost:" + port;
    }

    /**
     * One GET; an exchange that gets no answer within 20 s is reported with a thread dump and sent
     * once more (the stalled exchanges seen here were Reactor Netty no longer reading a keep-alive
     * connection, see {@link KeepAliveConnectionTest}; this stays as a guard), so a lost exchange does
     * not pass for a wrong answer.
     */
    HttpResponse<String> get(String pathAndQuery) {
        for (int attempt = 1; ; attempt++) {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(20))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException e) {
                io.themescope.support.ThreadDumps.print("timed-out request to " + pathAndQuery + " (attempt " + attempt + ")");
                if (attempt == 2) {
                    throw new UncheckedIOException(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as("GET %s: %s", pathAndQuery, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    OpenApiSpec openApi() {
        return new OpenApiSpec(json("/v3/api-docs"));
    }
}

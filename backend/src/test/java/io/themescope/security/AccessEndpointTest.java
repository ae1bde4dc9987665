package io.themescope.security;

import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static io.themescope.support.Json.arr;
import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access, headers, CORS and rate limits on a running app with keys configured (one plain, one as a
 * digest): refused writes answer 401 problem+json word for word and store nothing, both header forms
 * work, reads stay open, every response carries the browser hardening, and the export budget runs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AccessEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("access_endpoint");
    private static final String PLAIN = "plain-key-for-tests-000001";
    private static final String HASHED = "hashed-key-for-tests-00002";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.registerStore(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
        registry.add("themescope.security.api-keys", () -> PLAIN + "," + ApiKeys.digestOf(HASHED));
        registry.add("themescope.security.cors.allowed-origins", () -> "https://portal.example");
        registry.add("themescope.rate-limit.export.burst", () -> "2");
        registry.add("themescope.rate-limit.export.per-minute", () -> "1");
    }

    @Autowired
    private WebTestClient client;
    @Autowired
    private DSLContext dsl;

    private static final String DOC = """
            {"title": "Statement", "kind": "joint-declaration", "text": "Maritime security remains vital.",
             "meeting": {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA"}}""";

    private WebTestClient web() {
        return client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    private EntityExchangeResult<String> postDocument(String header, String value) {
        var spec = web().post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON);
        if (header != null) {
            spec = spec.header(header, value);
        }
        return spec.bodyValue(DOC).exchange().expectBody(String.class).returnResult();
    }

    private long documents() {
        return dsl.fetchCount(Documents.TABLE) + dsl.fetchCount(Mentions.TABLE);
    }

    private static void assertUnauthorized(EntityExchangeResult<String> r, String path, String message) {
        assertThat(r.getStatus().value()).isEqualTo(401);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"themescope\"");
        Json.assertJson(r.getResponseBody(), obj("type", "urn:themescope:problem:unauthorized", "title", "Unauthorized",
                "status", 401, "detail", message, "instance", path,
                "errors", arr(obj("field", "Authorization", "rule", "api-key", "message", message))));
    }

    @Test
    void writesWithoutAValidKeyAreRefusedAndStoreNothing() {
        long before = documents();
        assertUnauthorized(postDocument(null, null), "/api/v1/documents",
                "This request needs an API key: send Authorization: Bearer <key> or X-API-Key: <key>.");
        assertUnauthorized(postDocument(HttpHeaders.AUTHORIZATION, "Bearer " + PLAIN + "x"), "/api/v1/documents",
                "The API key is not valid.");
        assertUnauthorized(postDocument("X-API-Key", ApiKeys.digestOf(HASHED)), "/api/v1/documents",
                "The API key is not valid.");
        assertUnauthorized(postDocument(HttpHeaders.AUTHORIZATION, "Basic " + PLAIN), "/api/v1/documents",
                "This request needs an API key: send Authorization: Bearer <key> or X-API-Key: <key>.");
        var bulk = web().post().uri("/api/v1/documents/bulk").contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(DOC.replace("\n", " ") + "\n").exchange().expectBody(String.class).returnResult();
        assertUnauthorized(bulk, "/api/v1/documents/bulk",
                "This request needs an API key: send Authorization: Bearer <key> or X-API-Key: <key>.");
        var reindex = web().post().uri("/api/v1/reindex").exchange().expectBody(String.class).returnResult();
        assertUnauthorized(reindex, "/api/v1/reindex",
                "This request needs an API key: send Authorization: Bearer <key> or X-API-Key: <key>.");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void bothHeaderFormsAndBothKeyFormsLetWritesThrough() {
        var first = postDocument(HttpHeaders.AUTHORIZATION, "Bearer " + PLAIN);
        assertThat(first.getStatus().value()).as(first.getResponseBody()).isIn(200, 201);
        assertThat(postDocument("X-API-Key", HASHED).getStatus().value()).isEqualTo(200); // the same document again
        assertThat(postDocument(HttpHeaders.AUTHORIZATION, "bearer   " + HASHED).getStatus().value()).isEqualTo(200);
        assertThat(dsl.fetchCount(Documents.TABLE)).isEqualTo(1);
    }

    @Test
    void readsStayOpenAndEveryResponseCarriesTheBrowserHardening() {
        for (String path : new String[] {"/api/v1/themes", "/", "/app.js"}) {
            var r = web().get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
            HttpHeaders h = r.getResponseHeaders();
            assertThat(h.getFirst("Content-Security-Policy")).as(path).isEqualTo(SecurityHeadersFilter.POLICY);
            assertThat(h.getFirst("Content-Security-Policy")).doesNotContain("unsafe");
            assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(h.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        }
        var refused = postDocument(null, null);
        assertThat(refused.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void corsAnswersListedOriginsOnly() {
        var ok = web().method(HttpMethod.OPTIONS).uri("/api/v1/documents")
                .header(HttpHeaders.ORIGIN, "https://portal.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
                .exchange().expectBody(String.class).returnResult();
        assertThat(ok.getStatus().value()).isEqualTo(200);
        assertThat(ok.getResponseHeaders().getAccessControlAllowOrigin()).isEqualTo("https://portal.example");
        assertThat(ok.getResponseHeaders().getAccessControlAllowCredentials()).isFalse();
        var other = web().method(HttpMethod.OPTIONS).uri("/api/v1/documents")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange().expectBody(String.class).returnResult();
        assertThat(other.getStatus().value()).isEqualTo(403);
        assertThat(other.getResponseHeaders().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void theApiDescriptionNamesTheRefusals() {
        var spec = Json.parse(web().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("paths");
        assertThat(spec.get("/api/v1/documents").get("post").get("responses").has("401")).isTrue();
        assertThat(spec.get("/api/v1/reindex").get("post").get("responses").has("429")).isTrue();
        assertThat(spec.get("/api/v1/export/series").get("get").get("responses").has("429")).isTrue();
        assertThat(spec.get("/api/v1/themes").get("get").get("responses").has("429")).isFalse();
    }

    @Test
    void theExportBudgetRunsOutWithRetryAfter() {
        String uri = "/api/v1/export/series?theme=arms-race&format=csv";
        for (int i = 0; i < 2; i++) {
            web().get().uri(uri).exchange().expectStatus().isOk();
        }
        var r = web().get().uri(uri).exchange().expectBody(String.class).returnResult();
        assertThat(r.getStatus().value()).isEqualTo(429);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        long retry = Long.parseLong(r.getResponseHeaders().getFirst("Retry-After"));
        assertThat(retry).isBetween(55L, 60L);
        String message = "Too many export requests from this client: at most 1 a minute with bursts of 2"
                + " (themescope.rate-limit.export); try again in " + retry + " s.";
        Json.assertJson(r.getResponseBody(), obj("type", "urn:themescope:problem:rate-limited", "title", "Too many requests",
                "status", 429, "detail", message, "instance", "/api/v1/export/series",
                "errors", arr(obj("field", "client", "rule", "rate-limit", "message", message))));
        // another client (identified by its key) still has its own budget
        web().get().uri(uri).header("X-API-Key", PLAIN).exchange().expectStatus().isOk();
    }
}

package io.themescope.evaluation;

import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import io.themescope.themes.TaxonomyLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.themescope.support.Json.arr;
import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/evaluations} on the real engine: the whole report for documents sent with
 * the gold, the same for documents read from the store, and problem responses naming every broken
 * rule, with the CLI's messages, for bad gold, unknown stored ids, a bad envelope and a large body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"themescope.demo.enabled=false", "themescope.ingest.max-document-size=16KB"})
@AutoConfigureWebTestClient
class EvaluationEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("evaluation_endpoint");
    private static final String PATH = "/api/v1/evaluations";
    private static final String D1 = "Ministers warned of an arms race. They praised ASEAN unity.";
    private static final String D2 = "They condemned terrorism and warned of a spiral of weapons acquisitions.";
    private static final String SPIRAL = "spiral of weapons acquisitions";
    private static final int SPIRAL_AT = D2.indexOf(SPIRAL);

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
    }

    @Autowired
    private WebTestClient client;
    private WebTestClient web;

    @BeforeEach
    void longerTimeout() {
        web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    private EntityExchangeResult<String> post(String path, Object body) {
        byte[] bytes = body instanceof byte[] b ? b : Json.MAPPER.writeValueAsBytes(body);
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(bytes).exchange()
                .expectBody(String.class).returnResult();
    }

    private static Map<String, Object> span(int start, String text) {
        return obj("start", start, "end", start + text.length(), "text", text);
    }

    /** Gold for two documents and two themes: d1 arms-race "arms race"; d2 arms-race "spiral of weapons acquisitions". */
    private static Map<String, Object> gold(String d1, String d2) {
        return obj("version", "1", "themes", arr("unity", "arms-race"), "documents", obj(
                d1, obj("arms-race", arr(span(23, "arms race")), "unity", arr()),
                d2, obj("arms-race", arr(span(SPIRAL_AT, SPIRAL)), "unity", arr())));
    }

    private static Map<String, Object> proportion(double value, double low, double high) {
        return obj("value", value, "low", low, "high", high);
    }

    private static Map<String, Object> score(String key, String name, long gold, long predicted, long matched,
                                             Object precision, Object recall, Double f1) {
        Map<String, Object> m = key == null ? obj() : obj(key, name);
        m.putAll(obj("gold", gold, "predicted", predicted, "matched", matched, "precision", precision, "recall", recall,
                "f1", f1));
        return m;
    }

    /*
     * Predicted: d1 arms-race [23,32) and unity [53,58); d2 terrorism only (not scored).
     * arms-race gold 2, predicted 1, matched 1; unity 0/1/0; overall 2/2/1; d1 1/2/1; d2 1/0/0.
     * Wilson 95%: 1 of 1 → 0.2065493143772375–1; 1 of 2 → 0.0945312057342306–0.9054687942657694;
     * 0 of 1 → 0–0.7934506856227625.
     */
    private static Map<String, Object> expectedReport(String source, String d1, String d2, List<String> notes) {
        Object oneOfOne = proportion(1, 0.2065493143772375, 1);
        Object oneOfTwo = proportion(0.5, 0.0945312057342306, 0.9054687942657694);
        Object noneOfOne = proportion(0, 0, 0.7934506856227625);
        List<String> others = TaxonomyLoader.loadDefault().ids().stream()
                .filter(t -> !t.equals("unity") && !t.equals("arms-race")).toList();
        List<Object> warnings = arr(notes.toArray());
        warnings.add("Not evaluated, because the gold does not list them: " + String.join(", ", others) + ".");
        warnings.add("1 predicted mention of themes the gold does not list was not scored (terrorism 1).");
        return obj(
                "query", obj("source", source, "documents", 2, "themes", arr("arms-race", "unity"),
                        "offsets", "unicode-code-points"),
                "meta", obj("warnings", warnings, "synthetic", false, "taxonomyVersion", "2026.12.1"),
                "overall", score(null, null, 2, 2, 1, oneOfTwo, oneOfTwo, 0.5),
                "themes", arr(score("theme", "arms-race", 2, 1, 1, oneOfOne, oneOfTwo, 2 / 3.0),
                        score("theme", "unity", 0, 1, 0, noneOfOne, null, null)),
                "documents", arr(score("document", d1, 1, 2, 1, oneOfTwo, oneOfOne, 2 / 3.0),
                        score("document", d2, 1, 0, 0, null, noneOfOne, null)),
                "disagreements", arr(
                        obj("kind", "false-positive", "document", d1, "theme", "unity", "start", 53, "end", 58,
                                "text", "unity", "sentence", "They praised ASEAN unity."),
                        obj("kind", "false-negative", "document", d2, "theme", "arms-race", "start", SPIRAL_AT,
                                "end", SPIRAL_AT + SPIRAL.length(), "text", SPIRAL, "sentence", D2)));
    }

    private static String invalid(List<Map<String, Object>> errors) {
        String detail = errors.size() == 1 ? (String) errors.getFirst().get("message")
                : errors.size() + " problems: " + String.join(" ", errors.stream().map(e -> (String) e.get("message")).toList());
        return Json.MAPPER.writeValueAsString(obj("type", "urn:themescope:problem:invalid-request",
                "title", "Invalid request", "status", 400, "detail", detail, "instance", PATH, "errors", errors));
    }

    private static Map<String, Object> error(String field, String rule, String message) {
        return obj("field", field, "rule", rule, "message", field + ": " + message);
    }

    private static void assertProblem(EntityExchangeResult<String> r, int status, String expected) {
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(status);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Json.assertJson(r.getResponseBody(), expected);
    }

    @Test
    void documentsSentWithTheGoldAreScored() {
        EntityExchangeResult<String> r = post(PATH, obj("gold", gold("d1", "d2"), "documents", arr(
                obj("id", "d1", "text", D1, "series", "ADMM"), obj("id", "d2", "text", D2),
                obj("id", "extra", "text", "Not labelled."))));
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(200);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        Json.assertJson(r.getResponseBody(), expectedReport("corpus", "d1", "d2",
                List.of("1 document has no gold labels and was skipped: extra.")));
    }

    @Test
    void storedDocumentsAreReadAndExtractedAfresh() {
        String meeting = "{\"series\": \"ADMM\", \"number\": 18, \"date\": \"2024-11-20\", \"hostCountry\": \"LA\"}";
        String first = storedId(meeting, D1);
        String second = storedId(meeting, D2);
        EntityExchangeResult<String> r = post(PATH, obj("gold", gold(first, second)));
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(200);
        Json.assertJson(r.getResponseBody(), expectedReport("store", first, second, List.of()));

        EntityExchangeResult<String> unknown = post(PATH, obj("gold", gold(first, "no-such-document")));
        assertProblem(unknown, 400, invalid(List.of(error("gold.documents[\"no-such-document\"]", "unknown-document",
                "no stored document 'no-such-document'"))));
    }

    private String storedId(String meeting, String text) {
        String body = Json.MAPPER.writeValueAsString(obj("title", "Joint Declaration", "kind", "joint-declaration",
                "text", text)).replaceFirst("}$", ", \"meeting\": " + meeting + "}");
        EntityExchangeResult<String> r = post("/api/v1/documents", body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isBetween(200, 201);
        return Json.parse(r.getResponseBody()).get("id").stringValue();
    }

    @Test
    void badGoldIsRefusedWithEveryErrorAsTheCliNamesIt() {
        Map<String, Object> bad = obj("themes", arr("unity", "foo"), "documents", obj(
                "d1", obj("unity", arr(obj("start", 47, "end", 99, "text", "ASEAN unity"),
                        obj("start", 47, "end", 58, "text", "ASEAN Unity")), "bar", arr()),
                "d9", obj("unity", arr())));
        EntityExchangeResult<String> r = post(PATH, obj("gold", bad, "documents", arr(obj("id", "d1", "text", D1))));
        assertProblem(r, 400, invalid(List.of(
                error("gold.themes[1]", "unknown-theme", "unknown theme 'foo'"),
                error("gold.documents[\"d1\"][\"unity\"][0].end", "range", "99 is beyond the end of the text (59 code points)"),
                error("gold.documents[\"d1\"][\"unity\"][1].text", "text-mismatch",
                        "expected \"ASEAN Unity\" but the text at [47, 58) is \"ASEAN unity\""),
                error("gold.documents[\"d1\"][\"bar\"]", "unknown-theme", "unknown theme 'bar'"),
                error("gold.documents[\"d9\"]", "unknown-document", "no document 'd9' in the corpus"))));
    }

    @Test
    void aBadEnvelopeIsRefusedFieldByField() {
        assertProblem(post(PATH, obj("documents", arr(obj("text", 5), obj("id", "a", "text", "x"), obj("id", "a",
                "text", "y"), "z"), "extra", true)), 400, invalid(List.of(
                error("extra", "unknown-field", "unknown field; known fields are documents, gold"),
                error("gold", "required", "is required"),
                error("documents[0].id", "required", "is required"),
                error("documents[0].text", "type", "must be a string"),
                error("documents[2].id", "duplicate-document", "id 'a' is also the id of documents[1]"),
                error("documents[3]", "type", "must be an object with id and text"))));
        assertProblem(post(PATH, "[1]".getBytes(StandardCharsets.UTF_8)), 400, Json.MAPPER.writeValueAsString(obj(
                "type", "urn:themescope:problem:invalid-request", "title", "Invalid request", "status", 400,
                "detail", "The body must be a JSON object.", "instance", PATH,
                "errors", arr(obj("field", "body", "rule", "json-object", "message", "The body must be a JSON object.")))));
    }

    @Test
    void aBodyOverTheDocumentSizeLimitIs413() {
        EntityExchangeResult<String> r = post(PATH, obj("gold", gold("d1", "d2"), "documents",
                arr(obj("id", "d1", "text", "x".repeat(20_000)))));
        assertProblem(r, 413, Json.MAPPER.writeValueAsString(obj("type", "urn:themescope:problem:too-large",
                "title", "Request body too large", "status", 413,
                "detail", "The body is larger than 16384 bytes (themescope.ingest.max-document-size).", "instance", PATH,
                "errors", arr(obj("field", "body", "rule", "max-size",
                        "message", "The body is larger than 16384 bytes (themescope.ingest.max-document-size).")))));
    }

    @Test
    void theEndpointIsInTheApiDescription() {
        JsonNode spec = Json.parse(web.get().uri("/v3/api-docs").exchange().expectBody(String.class).returnResult()
                .getResponseBody());
        JsonNode post = spec.get("paths").get(PATH).get("post");
        assertThat(post.get("requestBody").toString()).contains("EvaluationRequest");
        assertThat(post.get("responses").propertyNames()).contains("200", "400", "401", "429");
    }
}

package io.themescope.hostile;

import io.themescope.support.Json;
import io.themescope.support.StoreFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed bodies for every POST endpoint (single and NDJSON ingest, reindex; there are no meeting
 * edits): broken or deep JSON, wrong types, bad UTF-8, a BOM, no body, wrong content types. A body
 * that is refused leaves every table as it was; in a bulk upload only the good lines are stored.
 */
class MalformedBodiesTest {

    private static LiveApp app;

    @BeforeAll
    static void start() {
        app = LiveApp.start("malformed_bodies");
        Corpus.load(app);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static final String JSON = "application/json";
    private static final String UTF8 = "The body is not valid UTF-8.";
    private static final String JSON_PREFIX = "The body is not valid JSON: ";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String document(int number, String host, String date, String text) {
        return new String(Corpus.json(obj("title", "Joint Declaration", "kind", "joint-declaration", "text", text,
                "meeting", obj("series", "ADMM", "number", number, "date", date, "hostCountry", host))),
                StandardCharsets.UTF_8);
    }

    private static Map<String, Object> error(String field, String rule, String message) {
        return obj("field", field, "rule", rule, "message", message);
    }

    /** Posts, expects {@code status} as problem+json, and checks that nothing was stored. */
    private static JsonNode refused(String path, String contentType, byte[] body, int status) {
        Map<String, String> before = StoreFingerprint.of(app.dsl());
        LiveApp.Answer a = app.post(path, contentType, body);
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
        assertThat(StoreFingerprint.of(app.dsl())).isEqualTo(before);
        return Json.parse(a.text());
    }

    /** A 400 whose errors are exactly {@code errors}, the detail their messages as the API joins them. */
    private static void invalid(byte[] body, List<Map<String, Object>> errors) {
        JsonNode problem = refused("/api/v1/documents", JSON, body, 400);
        String detail = errors.size() == 1 ? (String) errors.getFirst().get("message") : errors.size() + " problems: "
                + String.join(" ", errors.stream().map(e -> (String) e.get("message")).toList());
        Json.assertJson(problem.toString(), obj("type", "urn:themescope:problem:invalid-request",
                "title", "Invalid request", "status", 400, "detail", detail, "instance", "/api/v1/documents",
                "errors", errors));
    }

    /** A 400 for unreadable JSON: the sentence starts as the API writes it, the rest is the parser's. */
    private static String unreadableJson(byte[] body) {
        JsonNode e = refused("/api/v1/documents", JSON, body, 400).path("errors");
        assertThat(e.size()).isEqualTo(1);
        assertThat(e.get(0).path("field").asString()).isEqualTo("body");
        assertThat(e.get(0).path("rule").asString()).isEqualTo("json");
        assertThat(e.get(0).path("message").asString()).startsWith(JSON_PREFIX);
        return e.get(0).path("message").asString();
    }

    @Test
    void brokenJsonTrailingTokensAndNonJsonNumbersAreUnreadable() {
        unreadableJson(bytes("{\"title\":"));
        unreadableJson(bytes("{\"title\": \"x\"} {\"title\": \"y\"}"));
        unreadableJson(bytes("{\"title\": 'single quotes'}"));
        unreadableJson(bytes("{\"meeting\": {\"number\": NaN}}"));
        assertThat(unreadableJson(bytes("{\"meeting\": {\"number\": " + "9".repeat(5000) + "}}"))).contains("Number value length");
        assertThat(unreadableJson(bytes("{\"title\": \"x\", \"title\": \"y\"}"))).contains("Duplicate Object property \"title\"");
    }

    @Test
    void hundredThousandNestedArraysAreRefusedAtTheDepthLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(unreadableJson(bytes(deep))).contains("nesting depth (501) exceeds the maximum allowed (500");
        assertThat(unreadableJson(bytes("{\"title\": " + deep + "}"))).contains("nesting depth");
    }

    @Test
    void wrongTypesAreNamedFieldByField() {
        invalid(bytes("{\"title\": 5, \"kind\": [\"speech\"], \"publishedOn\": 20160525, \"text\": {\"a\": 1},"
                + " \"synthetic\": \"yes\", \"meeting\": \"admm-8\"}"), List.of(
                error("title", "type", "title must be a string."),
                error("kind", "type", "kind must be a string."),
                error("publishedOn", "type", "publishedOn must be a string."),
                error("text", "type", "text must be a string."),
                error("synthetic", "type", "synthetic must be true or false."),
                error("meeting", "type", "meeting must be an object.")));
        invalid(bytes("[]"), List.of(error("body", "json-object", "The body must be a JSON object.")));
        invalid(bytes("\"a string\""), List.of(error("body", "json-object", "The body must be a JSON object.")));
        invalid(bytes("null"), List.of(error("body", "json-object", "The body must be a JSON object.")));
    }

    @Test
    void anEmptyBodyIsNotAnObject() {
        invalid(new byte[0], List.of(error("body", "json-object", "The body must be a JSON object.")));
        invalid(bytes("  \n "), List.of(error("body", "json-object", "The body must be a JSON object.")));
    }

    @Test
    void invalidOverlongAndSurrogateUtf8BytesAreRefusedAsUtf8() {
        String good = document(20, "SG", "2030-01-01", "Unity matters.");
        for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC3})) {
            byte[] body = concat(bytes(good.replace("Unity matters.", "Unity")), bad, bytes(" matters."));
            invalid(body, List.of(error("body", "utf-8", UTF8)));
        }
    }

    @Test
    void aByteOrderMarkIsNotSkipped() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(document(21, "SG", "2031-01-01", "Unity matters.")));
        assertThat(unreadableJson(body)).contains("0xfeff");
    }

    @Test
    void otherContentTypesAre415WithNothingStored() {
        byte[] good = bytes(document(22, "SG", "2032-01-01", "Unity matters."));
        for (String type : List.of("text/plain", "application/xml", "application/x-ndjson")) {
            JsonNode p = refused("/api/v1/documents", type, good, 415);
            assertThat(p.path("detail").asString()).isEqualTo("Content-Type '" + type + "' is not supported.");
        }
        assertThat(refused("/api/v1/documents", null, good, 415).path("title").asString()).isEqualTo("Unsupported Media Type");
        assertThat(refused("/api/v1/documents/bulk", JSON, good, 415).path("detail").asString())
                .isEqualTo("Content-Type 'application/json' is not supported.");
    }

    /** Each of these passes JSON parsing and fails a rule; a new meeting of theirs must not appear either. */
    @Test
    void aDocumentThatFailsValidationLeavesNoRowAnywhere() {
        String far = document(23, "SG", "2033-01-01", "Unity and the arms race.")
                .replace("\"kind\"", "\"publishedOn\": \"+99999-01-01\", \"kind\"");
        invalid(bytes(far), List.of(error("publishedOn", "range",
                "publishedOn must lie between 1970-01-01 and 2149-06-06, the days storage can hold; got \"+99999-01-01\".")));
        String lone = document(24, "SG", "2034-01-01", "Unity and the arms race.").replace("Joint Declaration", "J\\ud800D");
        invalid(bytes(lone), List.of(error("title", "unicode",
                "title must be valid Unicode; it has a lone surrogate escape like \\ud800.")));
        invalid(bytes(document(25, "SG", "1950", "Unity.")), List.of(error("meeting.date", "date",
                "meeting.date must lie between 1970-01-01 and 2149-06-06, the days storage can hold; got \"1950\".")));
        JsonNode conflict = refused("/api/v1/documents", JSON, bytes(document(8, "LA", "2014-05-20", "Unity again.")), 409);
        Json.assertJson(conflict.path("errors").toString(), List.of(error("meeting.hostCountry", "matches-stored-meeting",
                "Meeting admm-8 is stored with meeting.hostCountry MM; this document says LA.")));
        io.themescope.support.StoreInvariants.assertConsistent(app.dsl());
    }

    @Test
    void theServerRefusesUnreadableRequestLinesBeforeTheAppWithoutAProblemBody() {
        // left as they are: Netty (request line over server.netty.max-initial-line-length, 64 KB) and
        // Spring's adapter (bad percent-encoding) answer before any filter of the app runs, so there
        // is no problem+json to give; a 10,000-character value is under the limit and reaches the app
        LiveApp.Answer tooLong = app.get("/api/v1/series?theme=arms-race&series=" + "a".repeat(70_000));
        assertThat(tooLong.status()).isEqualTo(414);
        LiveApp.Answer longButRead = app.get("/api/v1/series?theme=arms-race&series=" + "a".repeat(10_000));
        assertThat(longButRead.status()).isIn(200, 400);
        for (String bad : List.of("%", "%zz", "%E")) {
            assertThat(app.rawStatus("/api/v1/series?theme=" + bad)).as(bad).isEqualTo(400);
        }
    }
}

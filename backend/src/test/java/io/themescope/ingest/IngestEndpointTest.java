package io.themescope.ingest;

import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.DocumentIdsByHand;
import io.themescope.support.Json;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.themescope.support.Json.arr;
import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest over HTTP on the real engine: status codes and whole response bodies for new, duplicate,
 * re-wrapped and concurrent documents, every validation rule as a problem response with nothing
 * stored, size limits, meeting conflicts, NDJSON bulk reports, and reading documents and meetings
 * back. Row counts are taken from the tables themselves, not from the API under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"themescope.demo.enabled=false", "themescope.ingest.max-document-size=4KB",
                "themescope.ingest.max-bulk-lines=10"})
@AutoConfigureWebTestClient
class IngestEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("ingest_endpoint");
    private static final String VERSION = "2026.12.1";

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
    }

    @Autowired
    private WebTestClient client;
    @Autowired
    private DSLContext dsl;
    @LocalServerPort
    private int port;
    private WebTestClient web;

    @BeforeEach
    void longerTimeout() {
        web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** Whatever a test stored or refused, the store must stay consistent with its aggregates. */
    @org.junit.jupiter.api.AfterEach
    void storeStaysConsistent() {
        io.themescope.support.StoreInvariants.assertConsistent(dsl);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /*
     * "The Ministers warned that an arms race would harm regional unity. Maritime security remains vital."
     * Words: The Ministers warned that an arms race would harm regional unity (11) Maritime security
     * remains vital (4) = 15. Mentions: "arms race" 29–38 and "unity" 59–64 in the first sentence (0–65),
     * "Maritime security" 66–83 opening the second (66–98).
     */
    private static final String TEXT_18 = "The Ministers warned that an arms race would harm regional unity."
            + " Maritime security remains vital.";
    private static final String MEETING_18 = """
            {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA", "hostCity": "Vientiane"}""";

    private static String document(String title, String kind, String meeting, String text) {
        return Json.MAPPER.writeValueAsString(obj("title", title, "kind", kind, "text", text))
                .replaceFirst("}$", ", \"meeting\": " + meeting + "}");
    }

    private static String sha256(String s) {
        return DocumentIdsByHand.sha256(s);
    }

    private static String idOf(String meetingId, String text) {
        return DocumentIdsByHand.id(meetingId, text);
    }

    private EntityExchangeResult<String> post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    private EntityExchangeResult<String> post(byte[] body) {
        return web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectBody(String.class).returnResult();
    }

    private EntityExchangeResult<String> get(String uri) {
        return web.get().uri(uri).exchange().expectBody(String.class).returnResult();
    }

    private record Counts(long documents, long mentions, long meetings) {
    }

    private Counts counts() {
        return new Counts(dsl.fetchCount(Documents.TABLE), dsl.fetchCount(Mentions.TABLE), dsl.fetchCount(Meetings.TABLE));
    }

    private long documentRows(String id) {
        return dsl.fetchCount(Documents.TABLE, Documents.ID.eq(id));
    }

    private long mentionRows(String id) {
        return dsl.fetchCount(Mentions.TABLE, Mentions.DOCUMENT_ID.eq(id));
    }

    private static void assertProblem(EntityExchangeResult<String> r, int status, String expectedJson) {
        assertThat(r.getStatus().value()).as(r.getResponseBodyContent() == null ? "" : new String(r.getResponseBodyContent(),
                StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Json.assertJson(r.getResponseBody(), expectedJson);
    }

    /** An invalid-request problem: detail is the single message, or "N problems: " and all messages. */
    private static String invalid(List<Map<String, Object>> errors) {
        String detail = errors.size() == 1 ? (String) errors.getFirst().get("message")
                : errors.size() + " problems: " + String.join(" ", errors.stream().map(e -> (String) e.get("message")).toList());
        return Json.MAPPER.writeValueAsString(obj("type", "urn:themescope:problem:invalid-request",
                "title", "Invalid request", "status", 400, "detail", detail, "instance", "/api/v1/documents",
                "errors", errors));
    }

    private static Map<String, Object> error(String field, String rule, String message) {
        return obj("field", field, "rule", rule, "message", message);
    }

    // ------------------------------------------------------------------------------------------ single documents

    @Test
    void newDocumentIs201ThenTheSameTextAgainOrReWrappedIsADuplicate() {
        String id = idOf("admm-18", TEXT_18);
        String expected = """
                {"id": "%s", "duplicate": %s, "words": 15,
                 "themes": {"arms-race": 1, "maritime-security": 1, "unity": 1}}""";

        web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(document("Joint Declaration of the 18th ADMM", "joint-declaration", MEETING_18, TEXT_18))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/v1/documents/" + id)
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().json(expected.formatted(id, false), JsonCompareMode.STRICT);

        // the same text again: 200, same id, the stored counts
        web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(document("Joint Declaration of the 18th ADMM", "joint-declaration", MEETING_18, TEXT_18))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().location("/api/v1/documents/" + id)
                .expectBody().json(expected.formatted(id, true), JsonCompareMode.STRICT);

        // re-wrapped and re-spaced, under another title: still the same document
        String rewrapped = "  The Ministers warned that an\narms race would harm regional unity.\n\n"
                + "Maritime   security\tremains vital.\n";
        web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(document("JD 18th ADMM (copy)", "joint-declaration", MEETING_18, rewrapped))
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(expected.formatted(id, true), JsonCompareMode.STRICT);

        assertThat(documentRows(id)).isEqualTo(1);
        assertThat(mentionRows(id)).isEqualTo(3);
    }

    @Test
    void theSameTextUnderAnotherMeetingIsAnotherDocument() {
        String text = "Unity matters.";
        String a = """
                {"series": "ADMM", "number": 5, "date": "2011-05-19", "hostCountry": "ID", "hostCity": "Jakarta"}""";
        String b = """
                {"series": "ADMM", "number": 6, "date": "2012-05-29", "hostCountry": "KH", "hostCity": "Phnom Penh"}""";

        assertThat(post(document("Speech", "speech", a, text)).getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(document("Speech", "speech", b, text)).getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(idOf("admm-5", text)).isNotEqualTo(idOf("admm-6", text));
        assertThat(documentRows(idOf("admm-5", text))).isEqualTo(1);
        assertThat(documentRows(idOf("admm-6", text))).isEqualTo(1);
    }

    /*
     * "Terrorism and the arms race worry the Ministers.": 8 words, terrorism 1, arms-race 1.
     */
    @Test
    void eightIdenticalPostsAtOnceStoreOneDocumentOneMeetingAndOneSetOfMentions() {
        String text = "Terrorism and the arms race worry the Ministers.";
        String body = document("Chairman's Statement", "chairman-statement", """
                {"series": "ADMM", "number": 19, "date": "2025-10-31", "hostCountry": "MY", "hostCity": "Kuala Lumpur"}""",
                text);
        String id = idOf("admm-19", text);
        WebClient http = WebClient.create("http://localhost:" + port);

        List<Integer> statuses = Flux.range(0, 8)
                .flatMap(i -> http.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchangeToMono(r -> r.bodyToMono(String.class).map(b -> {
                            Json.assertJson(b, obj("id", id, "duplicate", r.statusCode().value() == 200, "words", 8,
                                    "themes", obj("arms-race", 1, "terrorism", 1)));
                            return r.statusCode().value();
                        })), 8)
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(statuses).hasSize(8);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(7);
        assertThat(documentRows(id)).isEqualTo(1);
        assertThat(mentionRows(id)).isEqualTo(2);
        assertThat(dsl.fetchCount(Meetings.TABLE, Meetings.ID.eq("admm-19"))).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ validation

    private void assertRejected(byte[] body, List<Map<String, Object>> errors) {
        Counts before = counts();
        assertProblem(post(body), 400, invalid(errors));
        assertThat(counts()).isEqualTo(before);
    }

    private void assertRejected(String body, List<Map<String, Object>> errors) {
        assertRejected(body.getBytes(StandardCharsets.UTF_8), errors);
    }

    private static final String GOOD_MEETING = """
            {"series": "ADMM", "number": 7, "date": "2013-05-07", "hostCountry": "BN", "hostCity": "Bandar Seri Begawan"}""";

    @Test
    void everyValidationRuleIsAProblemResponseAndStoresNothing() {
        assertRejected("""
                {"title": "T", "kind": "speech", "meeting": %s}""".formatted(GOOD_MEETING),
                List.of(error("text", "required", "text is required.")));
        assertRejected(document("T", "speech", GOOD_MEETING, "  \n "),
                List.of(error("text", "not-empty", "text must not be empty.")));
        assertRejected(document("T", "communique", GOOD_MEETING, "Unity matters."),
                List.of(error("kind", "enum", "kind must be one of chairman-statement, joint-declaration, news-report,"
                        + " other, speech; got \"communique\".")));
        assertRejected(document("T", "speech", """
                {"series": "ADMM", "number": 7, "date": "2013-05-07", "hostCountry": "Brunei"}""", "Unity matters."),
                List.of(error("meeting.hostCountry", "iso-3166-1-alpha-2", "meeting.hostCountry must be an ISO 3166-1"
                        + " alpha-2 code in capitals, like LA or MY; got \"Brunei\".")));
        assertRejected(document("T", "speech", """
                {"series": "ADMM", "number": 7, "date": "07/05/2013", "hostCountry": "BN"}""", "Unity matters."),
                List.of(error("meeting.date", "date",
                        "meeting.date must be a date like 2016-05-25, 2016-05 or 2016; got \"07/05/2013\".")));
        assertRejected(document("T", "speech", """
                {"series": "ADMM", "number": 7, "date": "2023-02-30", "hostCountry": "BN"}""", "Unity matters."),
                List.of(error("meeting.date", "date",
                        "meeting.date 2023-02-30 is not a real calendar date; got \"2023-02-30\".")));
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x", "publishedOn": "2023-02-30", "meeting": %s}"""
                        .formatted(GOOD_MEETING),
                List.of(error("publishedOn", "date",
                        "publishedOn must be a real calendar date like 2016-05-25; got \"2023-02-30\".")));
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x", "sourceUrl": "mailto:x@asean.org", "meeting": %s}"""
                        .formatted(GOOD_MEETING),
                List.of(error("sourceUrl", "url", "sourceUrl must be an absolute http or https URL.")));
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x", "language": "English", "meeting": %s}"""
                        .formatted(GOOD_MEETING),
                List.of(error("language", "bcp47", "language must be a language tag like en or fil-PH.")));
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x", "synthetic": 1, "meeting": %s}""".formatted(GOOD_MEETING),
                List.of(error("synthetic", "type", "synthetic must be true or false.")));
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x", "meeting": {"series": "ADMM", "number": 0, "date": "2013",
                 "hostCountry": "BN"}}""",
                List.of(error("meeting.number", "range", "meeting.number must be a whole number from 1 to 9999.")));
        assertRejected(document("x".repeat(1001), "speech", GOOD_MEETING, "Unity matters."),
                List.of(error("title", "max-length", "title must be at most 1000 characters.")));
        assertRejected(document("T", "speech", """
                {"series": "ADMM/Plus", "date": "2013", "hostCountry": "BN"}""", "Unity matters."),
                List.of(error("meeting.series", "pattern", "meeting.series must be 1–64 letters, digits, spaces or"
                        + " . + & ( ) -, like ADMM or ADMM-Plus.")));
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x"}""",
                List.of(error("meeting", "required", "meeting is required.")));
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x", "meeting": []}""",
                List.of(error("meeting", "type", "meeting must be an object.")));
    }

    @Test
    void unknownFieldsAndSeveralErrorsAtOnce() {
        assertRejected("""
                {"title": "T", "kind": "speech", "text": "x", "lang": "en",
                 "meeting": {"series": "ADMM", "number": 7, "date": "2013-05-07", "hostCountry": "BN", "city": "BSB"}}""",
                List.of(error("lang", "unknown-field", "Unknown field lang; known fields are kind, language, meeting,"
                                + " meetingId, publishedOn, sourceUrl, synthetic, text, title."),
                        error("meeting.city", "unknown-field", "Unknown field meeting.city; known fields are date,"
                                + " hostCity, hostCountry, number, series, title.")));
        assertRejected("""
                {"kind": "memo", "text": "", "meeting": {"series": "ADMM", "date": "2014-05", "hostCountry": "mm"}}""",
                List.of(error("title", "required", "title is required."),
                        error("kind", "enum", "kind must be one of chairman-statement, joint-declaration, news-report,"
                                + " other, speech; got \"memo\"."),
                        error("text", "not-empty", "text must not be empty."),
                        error("meeting.hostCountry", "iso-3166-1-alpha-2", "meeting.hostCountry must be an ISO 3166-1"
                                + " alpha-2 code in capitals, like LA or MY; got \"mm\".")));
    }

    @Test
    void bodiesThatAreNotUtf8JsonObjects() {
        byte[] latin1 = document("Caf\u00e9", "speech", GOOD_MEETING, "Unity matters.").getBytes(StandardCharsets.ISO_8859_1);
        assertRejected(latin1, List.of(error("body", "utf-8", "The body is not valid UTF-8.")));
        for (String notObject : List.of("[]", "\"Unity matters.\"", "null", "")) {
            assertRejected(notObject, List.of(error("body", "json-object", "The body must be a JSON object.")));
        }
        assertRejected("{\"title\": \"T\",", List.of(error("body", "json",
                "The body is not valid JSON: Unexpected end-of-input within/between Object entries")));
    }

    @Test
    void anotherContentTypeIs415() {
        Counts before = counts();
        EntityExchangeResult<String> r = web.post().uri("/api/v1/documents").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("Unity matters.").exchange().expectBody(String.class).returnResult();

        assertProblem(r, 415, """
                {"title": "Unsupported Media Type", "status": 415,
                 "detail": "Content-Type 'text/plain' is not supported.", "instance": "/api/v1/documents"}""");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherOrNotItsLengthIsDeclared() {
        // 4KB = 4096 bytes; this body is one character of text longer than that allows
        String body = document("Long", "speech", GOOD_MEETING, "x".repeat(4000));
        assertThat(body.length()).isGreaterThan(4096);
        String tooLarge = """
                {"type": "urn:themescope:problem:too-large", "title": "Request body too large", "status": 413,
                 "detail": "The body is larger than 4096 bytes (themescope.ingest.max-document-size).",
                 "instance": "/api/v1/documents",
                 "errors": [{"field": "body", "rule": "max-size",
                             "message": "The body is larger than 4096 bytes (themescope.ingest.max-document-size)."}]}""";
        Counts before = counts();

        assertProblem(post(body), 413, tooLarge);

        // streamed without Content-Length: the limit is enforced while reading
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Flux<DataBuffer> chunks = Flux.range(0, bytes.length / 1000 + 1)
                .map(i -> buffers.wrap(java.util.Arrays.copyOfRange(bytes, i * 1000, Math.min(bytes.length, i * 1000 + 1000))));
        EntityExchangeResult<String> streamed = web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class).exchange().expectBody(String.class).returnResult();
        assertThat(streamed.getRequestHeaders().getContentLength()).isEqualTo(-1);
        assertProblem(streamed, 413, tooLarge);
        assertThat(counts()).isEqualTo(before);

        // exactly at the limit is fine
        String fits = document("Long", "speech", GOOD_MEETING, "x".repeat(4000));
        fits = document("Long", "speech", GOOD_MEETING, "x".repeat(4000 - (fits.length() - 4096)));
        assertThat(fits.getBytes(StandardCharsets.UTF_8)).hasSize(4096);
        assertThat(post(fits).getStatus()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aMeetingThatContradictsTheStoredOneIs409AndStoresNothing() {
        String stored = """
                {"series": "ADMM", "number": 17, "date": "2023-11-15", "hostCountry": "ID", "hostCity": "Jakarta"}""";
        assertThat(post(document("JD 17th ADMM", "joint-declaration", stored, "Unity matters.")).getStatus())
                .isEqualTo(HttpStatus.CREATED);
        String other = """
                {"series": "ADMM", "number": 17, "date": "2023-11-15", "hostCountry": "SG", "hostCity": "Singapore"}""";
        Counts before = counts();

        EntityExchangeResult<String> r = post(document("News", "news-report", other, "Maritime security was discussed."));

        String host = "Meeting admm-17 is stored with meeting.hostCountry ID; this document says SG.";
        String city = "Meeting admm-17 is stored with meeting.hostCity Jakarta; this document says Singapore.";
        assertProblem(r, 409, Json.MAPPER.writeValueAsString(obj("type", "urn:themescope:problem:conflict",
                "title", "Conflict", "status", 409, "detail", "2 problems: " + host + " " + city,
                "instance", "/api/v1/documents",
                "errors", arr(error("meeting.hostCountry", "matches-stored-meeting", host),
                        error("meeting.hostCity", "matches-stored-meeting", city)))));
        assertThat(counts()).isEqualTo(before);

        // a different date alone
        EntityExchangeResult<String> date = post(document("News", "news-report", """
                {"series": "ADMM", "number": 17, "date": "2023-11", "hostCountry": "ID"}""", "Maritime security was discussed."));
        String dateMessage = "Meeting admm-17 is stored with meeting.date 2023-11-15 (day); this document says"
                + " 2023-11-01 (month).";
        assertProblem(date, 409, Json.MAPPER.writeValueAsString(obj("type", "urn:themescope:problem:conflict",
                "title", "Conflict", "status", 409, "detail", dateMessage, "instance", "/api/v1/documents",
                "errors", arr(error("meeting.date", "matches-stored-meeting", dateMessage)))));
        assertThat(counts()).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------ bulk

    /*
     * Line 1: new (6 words: Unity and maritime security go together). Line 2: three missing fields.
     * Line 3: blank. Line 4: line 1 re-spaced → duplicate within the upload. Line 5: new. Line 6: a
     * document posted before the upload → duplicate. Line 7: the upload's meeting with another host →
     * rejected. Line 8: not JSON.
     */
    @Test
    void bulkReportsAcceptedDuplicatesAndEveryRejectedLine() {
        String meeting = """
                {"series": "ADMM-Plus", "number": 10, "date": "2023-11-16", "hostCountry": "ID", "hostCity": "Jakarta"}""";
        String first = "Unity and maritime security go together.";
        String fifth = "An arms race in the South China Sea must be avoided.";
        String earlier = "Maritime security was discussed.";
        assertThat(post(document("Earlier", "news-report", meeting, earlier)).getStatus()).isEqualTo(HttpStatus.CREATED);
        String ndjson = String.join("\n",
                document("One", "speech", meeting, first),
                "{\"title\": \"Only a title\"}",
                "",
                document("One again", "speech", meeting, "Unity and  maritime security\tgo together. "),
                document("Five", "joint-declaration", meeting, fifth),
                document("Earlier again", "news-report", meeting, earlier),
                document("Seven", "speech", """
                        {"series": "ADMM-Plus", "number": 10, "date": "2023-11-16", "hostCountry": "VN", "hostCity": "Hanoi"}""",
                        "Unity matters."),
                "not json") + "\n";
        long documentsBefore = dsl.fetchCount(Documents.TABLE);

        EntityExchangeResult<String> r = web.post().uri("/api/v1/documents/bulk")
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(ndjson)
                .exchange().expectBody(String.class).returnResult();

        assertThat(r.getStatus()).isEqualTo(HttpStatus.OK);
        Json.assertJson(r.getResponseBody(), obj("accepted", 2, "duplicates", 2, "rejected", arr(
                obj("line", 2, "errors", arr(
                        error("kind", "required", "kind is required."),
                        error("text", "required", "text is required."),
                        error("meeting", "required", "meeting is required."))),
                obj("line", 7, "errors", arr(
                        error("meeting.hostCountry", "matches-stored-meeting",
                                "Meeting admm-plus-10 is stored with meeting.hostCountry ID; this document says VN."),
                        error("meeting.hostCity", "matches-stored-meeting",
                                "Meeting admm-plus-10 is stored with meeting.hostCity Jakarta; this document says Hanoi."))),
                obj("line", 8, "errors", arr(error("body", "json", "The body is not valid JSON: Unrecognized token"
                        + " 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')")))
        )));
        assertThat(dsl.fetchCount(Documents.TABLE)).isEqualTo(documentsBefore + 2);
        assertThat(documentRows(idOf("admm-plus-10", first))).isEqualTo(1);
        assertThat(documentRows(idOf("admm-plus-10", fifth))).isEqualTo(1);
        // unity + maritime-security, then arms-race + south-china-sea
        assertThat(mentionRows(idOf("admm-plus-10", first))).isEqualTo(2);
        assertThat(mentionRows(idOf("admm-plus-10", fifth))).isEqualTo(2);
        // the bulk import ends by merging each aggregate partition into one part (the single post
        // before it had written parts of its own)
        assertThat(dsl.fetch("SELECT table, partition_id, count() FROM system.parts WHERE database = currentDatabase()"
                        + " AND active AND table IN ('theme_meeting_counts', 'document_meeting_totals')"
                        + " GROUP BY table, partition_id HAVING count() > 1")).isEmpty();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void bulkRejectsALineOverTheLimitAloneAndStoresTheRest(CapturedOutput output) {
        String meeting = """
                {"series": "ADMM-Plus", "number": 11, "date": "2024-11-21", "hostCountry": "LA", "hostCity": "Vientiane"}""";
        String fine = "Unity matters at the eleventh meeting.";
        String after = "Maritime security matters at the eleventh meeting.";
        String ndjson = document("Fine", "speech", meeting, fine) + "\n"
                + document("Long", "speech", meeting, "y".repeat(5000)) + "\r\n"
                + document("After", "speech", meeting, after) + "\n";
        Counts before = counts();

        EntityExchangeResult<String> r = web.post().uri("/api/v1/documents/bulk")
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(ndjson)
                .exchange().expectBody(String.class).returnResult();

        assertThat(r.getStatus()).isEqualTo(HttpStatus.OK);
        Json.assertJson(r.getResponseBody(), obj("accepted", 2, "duplicates", 0, "rejected", arr(
                obj("line", 2, "errors", arr(error("body", "max-line-size",
                        "The line is longer than 4096 bytes (themescope.ingest.max-document-size)."))))));
        assertThat(counts().documents()).isEqualTo(before.documents() + 2);
        assertThat(documentRows(idOf("admm-plus-11", fine))).isEqualTo(1);
        assertThat(documentRows(idOf("admm-plus-11", after))).isEqualTo(1);
        // the request body's buffers are released exactly once on the way out
        assertThat(output.getAll()).doesNotContain("IllegalReferenceCountException");
    }

    @Test
    void bulkReadsOnlyTheConfiguredNumberOfLines() {
        String meeting = """
                {"series": "ADMM", "number": 9, "date": "2015-03-16", "hostCountry": "MY", "hostCity": "Langkawi"}""";
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= 13; i++) {
            ndjson.append(document("Line " + i, "speech", meeting, "Resilience, line " + i + ".")).append('\n');
        }
        Counts before = counts();

        EntityExchangeResult<String> r = web.post().uri("/api/v1/documents/bulk")
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(ndjson.toString())
                .exchange().expectBody(String.class).returnResult();

        assertThat(r.getStatus()).isEqualTo(HttpStatus.OK);
        Json.assertJson(r.getResponseBody(), obj("accepted", 10, "duplicates", 0, "rejected", arr(
                obj("line", 11, "errors", arr(error("body", "max-lines", "Only the first 10 lines of a bulk upload are"
                        + " read (themescope.ingest.max-bulk-lines); this line and any after it were not stored."))))));
        assertThat(counts().documents()).isEqualTo(before.documents() + 10);
        assertThat(documentRows(idOf("admm-9", "Resilience, line 11."))).isZero();
    }

    // ------------------------------------------------------------------------------------------ reading back

    @Test
    void aStoredDocumentWithItsMentionsAndText() {
        String meeting = """
                {"series": "ADMM", "number": 16, "date": "2022-06-22", "hostCountry": "KH", "hostCity": "Phnom Penh"}""";
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        post("""
                {"title": "Joint Declaration of the 16th ADMM", "kind": "joint-declaration", "publishedOn": "2022-06-23",
                 "sourceUrl": "https://asean.org/jd-16th-admm", "meeting": %s, "text": "%s"}""".formatted(meeting, TEXT_18));
        LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC);
        String id = idOf("admm-16", TEXT_18);

        EntityExchangeResult<String> r = get("/api/v1/documents/" + id + "?text=true");

        assertThat(r.getStatus()).isEqualTo(HttpStatus.OK);
        ObjectNode actual = (ObjectNode) Json.parse(r.getResponseBody());
        LocalDateTime ingestedAt = LocalDateTime.parse(actual.remove("ingestedAt").stringValue());
        assertThat(ingestedAt).isBetween(before, after);
        String sentence1 = "The Ministers warned that an arms race would harm regional unity.";
        String sentence2 = "Maritime security remains vital.";
        Json.assertJson(actual.toString(), obj(
                "id", id,
                "title", "Joint Declaration of the 16th ADMM",
                "kind", "joint-declaration",
                "publishedOn", "2022-06-23",
                "sourceUrl", "https://asean.org/jd-16th-admm",
                "language", "en",
                "words", 15,
                "contentHash", sha256(TEXT_18),
                "taxonomyVersion", VERSION,
                "synthetic", false,
                "meeting", obj("id", "admm-16", "series", "ADMM", "number", 16, "date", "2022-06-22",
                        "datePrecision", "day", "hostCountry", "KH", "hostCity", "Phnom Penh",
                        "label", "16th ADMM — Phnom Penh (2022-06-22)"),
                "themes", obj("arms-race", 1, "maritime-security", 1, "unity", 1),
                "mentions", arr(
                        obj("theme", "arms-race", "term", "arms race", "start", 29, "end", 38, "sentence", sentence1,
                                "sentenceStart", 0, "page", null),
                        obj("theme", "unity", "term", "unity", "start", 59, "end", 64, "sentence", sentence1,
                                "sentenceStart", 0, "page", null),
                        obj("theme", "maritime-security", "term", "Maritime security", "start", 66, "end", 83,
                                "sentence", sentence2, "sentenceStart", 66, "page", null)),
                "text", TEXT_18));
        String text = actual.get("text").stringValue();
        for (JsonNode m : actual.get("mentions")) {
            assertThat(text.substring(m.get("start").intValue(), m.get("end").intValue())).isEqualTo(m.get("term").stringValue());
            int s = m.get("sentenceStart").intValue();
            assertThat(text.substring(s, s + m.get("sentence").stringValue().length())).isEqualTo(m.get("sentence").stringValue());
        }
    }

    @Test
    void withoutTextTheTextIsLeftOut() {
        post(document("Joint Declaration of the 15th ADMM", "joint-declaration", """
                {"series": "ADMM", "number": 15, "date": "2021-06-16", "hostCountry": "BN"}""", TEXT_18));

        JsonNode doc = Json.parse(get("/api/v1/documents/" + idOf("admm-15", TEXT_18)).getResponseBody());

        assertThat(doc.has("text")).isFalse();
        assertThat(doc.get("mentions")).hasSize(3);
    }

    @Test
    void anUnknownDocumentIs404() {
        assertProblem(get("/api/v1/documents/doc-00000000000000000000"), 404, """
                {"title": "Not Found", "status": 404,
                 "detail": "No document with id doc-00000000000000000000.",
                 "instance": "/api/v1/documents/doc-00000000000000000000"}""");
    }

    /*
     * Three documents of the series "ADMM Paging": P1 at the 1st meeting (2016-05-25, LA), P2 and P3 at
     * the 2nd (2017-10-23, PH, virtual). Lists are ordered by meeting date, then id.
     */
    private List<String> pagingCorpus() {
        String m1 = """
                {"series": "ADMM Paging", "number": 1, "date": "2016-05-25", "hostCountry": "LA", "hostCity": "Vientiane"}""";
        String m2 = """
                {"series": "ADMM Paging", "number": 2, "date": "2017-10-23", "hostCountry": "PH"}""";
        post("""
                {"title": "P1", "kind": "speech", "meeting": %s, "text": "Unity matters."}""".formatted(m1));
        post("""
                {"title": "P2", "kind": "news-report", "publishedOn": "2017-10-24", "meeting": %s,
                 "text": "Maritime security was discussed."}""".formatted(m2));
        post("""
                {"title": "P3", "kind": "joint-declaration", "meeting": %s,
                 "text": "Terrorism and the arms race worry the Ministers."}""".formatted(m2));
        return List.of(idOf("admm-paging-1", "Unity matters."), idOf("admm-paging-2", "Maritime security was discussed."),
                idOf("admm-paging-2", "Terrorism and the arms race worry the Ministers."));
    }

    private static final Map<String, Object> PAGING_1 = obj("id", "admm-paging-1", "series", "ADMM Paging", "number", 1,
            "date", "2016-05-25", "datePrecision", "day", "hostCountry", "LA", "hostCity", "Vientiane",
            "label", "1st ADMM Paging — Vientiane (2016-05-25)");
    private static final Map<String, Object> PAGING_2 = obj("id", "admm-paging-2", "series", "ADMM Paging", "number", 2,
            "date", "2017-10-23", "datePrecision", "day", "hostCountry", "PH", "hostCity", null,
            "label", "2nd ADMM Paging — PH, virtual (2017-10-23)");

    @Test
    void documentListPagesAndFilters() {
        List<String> ids = pagingCorpus();
        Map<String, Object> p1 = obj("id", ids.get(0), "title", "P1", "kind", "speech", "publishedOn", null, "words", 2,
                "synthetic", false, "meeting", PAGING_1);
        Map<String, Object> p2 = obj("id", ids.get(1), "title", "P2", "kind", "news-report", "publishedOn", "2017-10-24",
                "words", 4, "synthetic", false, "meeting", PAGING_2);
        Map<String, Object> p3 = obj("id", ids.get(2), "title", "P3", "kind", "joint-declaration", "publishedOn", null,
                "words", 8, "synthetic", false, "meeting", PAGING_2);
        // P2 and P3 share a meeting date: the id decides
        List<Map<String, Object>> sameDay = new ArrayList<>(List.of(p2, p3));
        sameDay.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));

        Json.assertJson(get("/api/v1/documents?series=ADMM Paging&limit=2").getResponseBody(),
                obj("items", arr(p1, sameDay.get(0)), "total", 3, "limit", 2, "offset", 0));
        Json.assertJson(get("/api/v1/documents?series=ADMM Paging&limit=2&offset=2").getResponseBody(),
                obj("items", arr(sameDay.get(1)), "total", 3, "limit", 2, "offset", 2));
        Json.assertJson(get("/api/v1/documents?series=ADMM Paging&host=LA").getResponseBody(),
                obj("items", arr(p1), "total", 1, "limit", 50, "offset", 0));
        Json.assertJson(get("/api/v1/documents?series=ADMM Paging&from=2017&to=2017-10-23").getResponseBody(),
                obj("items", arr(sameDay.get(0), sameDay.get(1)), "total", 2, "limit", 50, "offset", 0));
        Json.assertJson(get("/api/v1/documents?meeting=admm-paging-1,admm-paging-2&to=2016").getResponseBody(),
                obj("items", arr(p1), "total", 1, "limit", 50, "offset", 0));
        Json.assertJson(get("/api/v1/documents?series=ADMM Paging&offset=3").getResponseBody(),
                obj("items", arr(), "total", 3, "limit", 50, "offset", 3));
    }

    @Test
    void documentListParameterErrors() {
        assertProblem(get("/api/v1/documents?limit=0"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "limit must be between 1 and 500 (themescope.limits.max-documents-page); got 0.", "instance": "/api/v1/documents",
                 "errors": [{"field": "limit", "rule": "range", "message": "limit must be between 1 and 500 (themescope.limits.max-documents-page); got 0."}]}""");
        assertProblem(get("/api/v1/documents?limit=501"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "limit must be between 1 and 500 (themescope.limits.max-documents-page); got 501.", "instance": "/api/v1/documents",
                 "errors": [{"field": "limit", "rule": "range", "message": "limit must be between 1 and 500 (themescope.limits.max-documents-page); got 501."}]}""");
        assertProblem(get("/api/v1/documents?offset=-1"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "offset must not be negative.", "instance": "/api/v1/documents",
                 "errors": [{"field": "offset", "rule": "range", "message": "offset must not be negative."}]}""");
        assertProblem(get("/api/v1/documents?host=Laos"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "host must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \\"Laos\\".",
                 "instance": "/api/v1/documents",
                 "errors": [{"field": "host", "rule": "iso-3166-1-alpha-2",
                             "message": "host must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \\"Laos\\"."}]}""");
        assertProblem(get("/api/v1/documents?from=2018&to=2017"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "from (2018) must not be after to (2017).", "instance": "/api/v1/documents",
                 "errors": [{"field": "from", "rule": "before-to", "message": "from (2018) must not be after to (2017)."}]}""");
    }

    @Test
    void listsReportEveryParameterErrorAtOnce() {
        String limit = "limit must be a whole number; got \\\"ten\\\".";
        assertProblem(get("/api/v1/documents?limit=ten&offset=-1&host=Laos&from=2018&to=2017"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "4 problems: %1$s offset must not be negative. %2$s from (2018) must not be after to (2017).",
                 "instance": "/api/v1/documents",
                 "errors": [{"field": "limit", "rule": "integer", "message": "%1$s"},
                            {"field": "offset", "rule": "range", "message": "offset must not be negative."},
                            {"field": "host", "rule": "iso-3166-1-alpha-2", "message": "%2$s"},
                            {"field": "from", "rule": "before-to", "message": "from (2018) must not be after to (2017)."}]}"""
                .formatted(limit, "host must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \\\"Laos\\\"."));
        assertProblem(get("/api/v1/meetings?host=Laos&from=2018&to=2017"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "2 problems: %1$s from (2018) must not be after to (2017).",
                 "instance": "/api/v1/meetings",
                 "errors": [{"field": "host", "rule": "iso-3166-1-alpha-2", "message": "%1$s"},
                            {"field": "from", "rule": "before-to", "message": "from (2018) must not be after to (2017)."}]}"""
                .formatted("host must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \\\"Laos\\\"."));
    }

    @Test
    void meetingsListTheirFactsLabelsAndDocumentCounts() {
        pagingCorpus();

        EntityExchangeResult<String> r = get("/api/v1/meetings?series=ADMM Paging");

        Map<String, Object> m1 = new java.util.LinkedHashMap<>(PAGING_1);
        m1.putAll(obj("year", 2016, "virtual", false, "title", null, "sources", arr(), "documents", 1));
        Map<String, Object> m2 = new java.util.LinkedHashMap<>(PAGING_2);
        m2.putAll(obj("year", 2017, "virtual", true, "title", null, "sources", arr(), "documents", 2));
        Json.assertJson(r.getResponseBody(), obj("items", arr(m1, m2), "total", 2));
        Json.assertJson(get("/api/v1/meetings?series=ADMM Paging&host=PH").getResponseBody(), obj("items", arr(m2), "total", 1));
        Json.assertJson(get("/api/v1/meetings?series=ADMM Paging&from=2016-05-26").getResponseBody(),
                obj("items", arr(m2), "total", 1));
        Json.assertJson(get("/api/v1/meetings?series=ADMM Paging&to=2016").getResponseBody(), obj("items", arr(m1), "total", 1));
    }

    @Test
    void everyResponseCarriesServerTiming() {
        web.get().uri("/api/v1/meetings").exchange().expectStatus().isOk()
                .expectHeader().value("Server-Timing", v -> assertThat(v).matches("db;dur=\\d+\\.\\d{2}, total;dur=\\d+\\.\\d{2}"));
        web.get().uri("/api/v1/documents/doc-x").exchange().expectStatus().isNotFound()
                .expectHeader().value("Server-Timing", v -> assertThat(v).matches("db;dur=\\d+\\.\\d{2}, total;dur=\\d+\\.\\d{2}"));
    }

    @Test
    void mentionCountsInTheResponseMatchTheStoredRows() {
        String text = "Unity matters. Unity and maritime security go together.";
        EntityExchangeResult<String> r = post(document("Speech", "speech", """
                {"series": "ADMM", "number": 4, "date": "2010-05-11", "hostCountry": "VN", "hostCity": "Hanoi"}""", text));
        String id = idOf("admm-4", text);

        // Unity matters Unity and maritime security go together: 8 words; unity twice, maritime-security once
        Json.assertJson(r.getResponseBody(), obj("id", id, "duplicate", false, "words", 8,
                "themes", obj("maritime-security", 1, "unity", 2)));
        Map<String, Integer> stored = new TreeMap<>();
        for (var row : dsl.select(Mentions.THEME, org.jooq.impl.DSL.count()).from(Mentions.TABLE)
                .where(Mentions.DOCUMENT_ID.eq(id)).groupBy(Mentions.THEME).fetch()) {
            stored.put(row.value1(), row.value2());
        }
        assertThat(stored).isEqualTo(Map.of("maritime-security", 1, "unity", 2));
        assertThat(documentRows(id)).isEqualTo(1);
    }
}

package io.themescope.ingest;

import io.themescope.clickhouse.schema.DocumentSources;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.DocumentIdsByHand;
import io.themescope.support.Json;
import io.themescope.support.StoreInvariants;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
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

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting documents and meetings on the real engine: whole answers and problems, the store equal
 * to one that never held what was deleted (answers byte for byte, aggregates equal to a recount),
 * and readers that see the store before or after a deletion, never between. Each test uses its own
 * meeting series so that the tests do not see each other's documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"themescope.demo.enabled=false", "themescope.rate-limit.enabled=false"})
@AutoConfigureWebTestClient
class CorrectionsEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("corrections_endpoint");

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
    }

    /** arms-race, unity, maritime-security. */
    private static final String A = "The Ministers warned that an arms race would harm regional unity."
            + " Maritime security remains vital.";
    /** unity twice, maritime-security. */
    private static final String B = "Unity matters. Unity and maritime security go together.";
    /** terrorism, arms-race. */
    private static final String C = "Terrorism and the arms race worry the Ministers.";

    @Autowired
    private WebTestClient client;
    @Autowired
    private DSLContext dsl;
    private WebTestClient web;

    @BeforeEach
    void longerTimeout() {
        web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterEach
    void storeStaysConsistent() {
        StoreInvariants.assertConsistent(dsl);
    }

    private static String meeting(String series, int number, String date, String host) {
        return Json.MAPPER.writeValueAsString(obj("series", series, "number", number, "date", date, "hostCountry", host));
    }

    private String store(String series, int number, String date, String host, String text, boolean synthetic) {
        String body = Json.MAPPER.writeValueAsString(obj("title", "T", "kind", "joint-declaration", "text", text,
                "synthetic", synthetic)).replaceFirst("}$", ", \"meeting\": " + meeting(series, number, date, host) + "}");
        EntityExchangeResult<String> r = web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectBody(String.class).returnResult();
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(201);
        return DocumentIdsByHand.id(series.toLowerCase().replace(' ', '-') + "-" + number, text);
    }

    private EntityExchangeResult<String> delete(String uri) {
        return web.delete().uri(uri).exchange().expectBody(String.class).returnResult();
    }

    private String get(String uri) {
        EntityExchangeResult<String> r = web.get().uri(uri).header("Cache-Control", "no-cache").exchange()
                .expectBody(String.class).returnResult();
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(200);
        return r.getResponseBody();
    }

    private static void assertAnswer(EntityExchangeResult<String> r, int status, String json) {
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(status);
        Json.assertJson(r.getResponseBody(), json);
    }

    private static void assertProblem(EntityExchangeResult<String> r, int status, String json) {
        assertAnswer(r, status, json);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Every analytics answer over one series, as the dashboard asks for them. */
    private List<String> answers(String series) {
        String q = "series=" + series;
        return List.of(
                get("/api/v1/series?theme=arms-race&theme=unity&bucket=meeting&metric=per10k&" + q),
                get("/api/v1/series?theme=maritime-security&bucket=year&metric=documents&" + q),
                get("/api/v1/compare/hosts?theme=arms-race&theme=unity&" + q),
                get("/api/v1/cooccurrence?theme=arms-race&theme=unity&scope=document&" + q),
                get("/api/v1/mentions?theme=unity&" + q),
                get("/api/v1/documents?" + q));
    }

    @Test
    void aDeletedDocumentLeavesTheStoreAsIfItHadNeverBeenStored() {
        String series = "CORRONE";
        store(series, 1, "2015-03-16", "MY", A, false);
        store(series, 2, "2016-05-25", "LA", C, false);
        List<String> without = answers(series);
        String b = store(series, 1, "2015-03-16", "MY", B, false);
        assertThat(answers(series)).isNotEqualTo(without);

        assertAnswer(delete("/api/v1/documents/" + b), 200, Json.MAPPER.writeValueAsString(
                obj("deleted", 1, "ids", List.of(b))));
        assertThat(dsl.fetchCount(Documents.TABLE, Documents.ID.eq(b))).isZero();
        assertThat(dsl.fetchCount(Mentions.TABLE, Mentions.DOCUMENT_ID.eq(b))).isZero();
        assertThat(answers(series)).isEqualTo(without);

        assertProblem(delete("/api/v1/documents/" + b), 404, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 404,
                 "detail": "No document with id '%s'.", "instance": "/api/v1/documents/%s",
                 "errors": [{"field": "id", "rule": "unknown", "message": "No document with id '%s'."}]}"""
                .formatted(b, b, b));
    }

    @Test
    void aDeletedFileGoesWithItsOriginal() {
        org.springframework.http.client.MultipartBodyBuilder parts = new org.springframework.http.client.MultipartBodyBuilder();
        parts.part("file", new org.springframework.core.io.ByteArrayResource(C.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "c.txt";
            }
        }).contentType(MediaType.TEXT_PLAIN);
        parts.part("metadata", "{\"title\": \"T\", \"kind\": \"speech\", \"meeting\": "
                + meeting("CORRFILE", 1, "2019-06-01", "TH") + "}", MediaType.APPLICATION_JSON);
        EntityExchangeResult<String> stored = web.post().uri("/api/v1/documents").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(parts.build())).exchange()
                .expectBody(String.class).returnResult();
        assertThat(stored.getStatus().value()).as(stored.getResponseBody()).isEqualTo(201);
        String id = Json.parse(stored.getResponseBody()).path("id").asString();
        assertThat(dsl.fetchCount(DocumentSources.TABLE, DocumentSources.DOCUMENT_ID.eq(id))).isOne();

        assertAnswer(delete("/api/v1/documents/" + id), 200, Json.MAPPER.writeValueAsString(
                obj("deleted", 1, "ids", List.of(id))));
        assertThat(dsl.fetchCount(DocumentSources.TABLE, DocumentSources.DOCUMENT_ID.eq(id))).isZero();
    }

    @Test
    void theSyntheticCorpusGoesInOneCallThatMustSaySo() {
        String series = "CORRSYN";
        String s1 = store(series, 1, "2015-03-16", "MY", A, true);
        String s2 = store(series, 2, "2016-05-25", "LA", B, true);
        String real = store(series, 2, "2016-05-25", "LA", C, false);
        long before = dsl.fetchCount(Documents.TABLE);

        assertProblem(delete("/api/v1/documents"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "Bulk deletion removes only the synthetic demo corpus: send synthetic=true.",
                 "instance": "/api/v1/documents",
                 "errors": [{"field": "synthetic", "rule": "required",
                             "message": "Bulk deletion removes only the synthetic demo corpus: send synthetic=true."}]}""");
        assertThat(dsl.fetchCount(Documents.TABLE)).isEqualTo(before);

        assertAnswer(delete("/api/v1/documents?synthetic=true"), 200, Json.MAPPER.writeValueAsString(
                obj("deleted", 2, "ids", List.of(s1, s2).stream().sorted().toList())));
        assertThat(dsl.select(Documents.ID).from(Documents.TABLE).where(Documents.SERIES.eq(series))
                .fetch(Documents.ID)).containsExactly(real);
        assertThat(dsl.fetchCount(Documents.TABLE, Documents.SYNTHETIC.eq(true))).isZero();
    }

    @Test
    void aMeetingWithDocumentsGoesOnlyWithThem() {
        String series = "CORRMTG";
        String id = "corrmtg-3";
        String doc = store(series, 3, "2017-10-23", "PH", A, false);

        assertProblem(delete("/api/v1/meetings/corrmtg-99"), 404, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 404,
                 "detail": "No meeting with id 'corrmtg-99'.", "instance": "/api/v1/meetings/corrmtg-99",
                 "errors": [{"field": "id", "rule": "unknown", "message": "No meeting with id 'corrmtg-99'."}]}""");
        assertProblem(delete("/api/v1/meetings/" + id), 409, """
                {"type": "urn:themescope:problem:conflict", "title": "Conflict", "status": 409,
                 "detail": "Meeting 'corrmtg-3' has 1 document(s); send documents=delete to delete them with it.",
                 "instance": "/api/v1/meetings/corrmtg-3",
                 "errors": [{"field": "documents", "rule": "has-documents",
                   "message": "Meeting 'corrmtg-3' has 1 document(s); send documents=delete to delete them with it."}]}""");
        assertProblem(delete("/api/v1/meetings/" + id + "?documents=all"), 400, """
                {"type": "urn:themescope:problem:invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "documents must be 'delete' when given; got 'all'.", "instance": "/api/v1/meetings/corrmtg-3",
                 "errors": [{"field": "documents", "rule": "allowed",
                             "message": "documents must be 'delete' when given; got 'all'."}]}""");
        assertThat(dsl.fetchCount(Meetings.TABLE, Meetings.ID.eq(id))).isOne();
        assertThat(dsl.fetchCount(Documents.TABLE, Documents.ID.eq(doc))).isOne();

        assertAnswer(delete("/api/v1/meetings/" + id + "?documents=delete"), 200, Json.MAPPER.writeValueAsString(
                obj("id", id, "deletedDocuments", 1, "documentIds", List.of(doc))));
        assertThat(dsl.fetchCount(Meetings.TABLE, Meetings.ID.eq(id))).isZero();
        assertThat(get("/api/v1/meetings?series=" + series)).doesNotContain(id);

        // the meeting is forgotten, so it may come back with other facts
        store(series, 3, "2017-11-13", "PH", B, false);
        assertThat(dsl.select(Meetings.DATE).from(Meetings.TABLE).where(Meetings.ID.eq(id)).fetchOne(Meetings.DATE))
                .hasToString("2017-11-13");
        assertAnswer(delete("/api/v1/meetings/" + id + "?documents=delete"), 200, Json.MAPPER.writeValueAsString(
                obj("id", id, "deletedDocuments", 1, "documentIds",
                        List.of(DocumentIdsByHand.id(id, B)))));
    }

    @Test
    void readersSeeTheStoreBeforeOrAfterADeletionNeverBetween() throws Exception {
        String series = "CORRREAD";
        store(series, 1, "2015-03-16", "MY", A, false);
        assertThat(answers(series).getFirst()).contains("\"documents\":1");
        String after = answers(series).getFirst();
        String b = store(series, 1, "2015-03-16", "MY", B, false);
        String before = answers(series).getFirst();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                seen.add(get("/api/v1/series?theme=arms-race&theme=unity&bucket=meeting&metric=per10k&series="
                        + series));
            }
        });
        try {
            Thread.sleep(200);
            assertThat(delete("/api/v1/documents/" + b).getStatus().value()).isEqualTo(200);
            Thread.sleep(200);
        } finally {
            stop.set(true);
            reader.join(30_000);
        }
        assertThat(seen).isNotEmpty().isSubsetOf(Set.of(before, after));
        assertThat(seen).contains(after);
    }
}

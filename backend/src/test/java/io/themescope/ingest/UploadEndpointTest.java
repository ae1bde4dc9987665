package io.themescope.ingest;

import io.themescope.clickhouse.schema.DocumentSources;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.convert.Declaration;
import io.themescope.convert.PdfFixtures;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.themescope.support.Json.arr;
import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File uploads on the real engine: a two-column PDF and a cluttered HTML page give the same theme
 * counts as the same declaration sent as JSON text, with their conversion, provenance, original
 * bytes and page numbers; every bad file is an exact problem answer that leaves every table as it
 * was; and 200 seeded random mutations of valid files never get a 5xx or leave half a document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"themescope.demo.enabled=false", "themescope.ingest.max-file-size=64KB"})
@AutoConfigureWebTestClient
class UploadEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("upload_endpoint");
    private static final String MEETING = """
            {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA", "hostCity": "Vientiane"}""";

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
    }

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
        io.themescope.support.StoreInvariants.assertConsistent(dsl);
    }

    private record Counts(long documents, long mentions, long meetings, long sources) {
    }

    private Counts counts() {
        return new Counts(dsl.fetchCount(Documents.TABLE), dsl.fetchCount(Mentions.TABLE),
                dsl.fetchCount(Meetings.TABLE), dsl.fetchCount(DocumentSources.TABLE));
    }

    private EntityExchangeResult<String> upload(byte[] file, String type, String name, String metadata) {
        MultipartBodyBuilder b = new MultipartBodyBuilder();
        var part = b.part("file", new org.springframework.core.io.ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        if (type != null) {
            part.contentType(MediaType.parseMediaType(type));
        }
        b.part("metadata", metadata, MediaType.APPLICATION_JSON);
        return web.post().uri("/api/v1/documents").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(b.build())).exchange().expectBody(String.class).returnResult();
    }

    private static String metadata(String title, String meetingJson) {
        return "{" + (title == null ? "" : "\"title\": \"" + title + "\", ") + "\"kind\": \"joint-declaration\", "
                + meetingJson + "}";
    }

    private Map<String, Object> jsonThemes(String meetingJson) {
        String body = Json.MAPPER.writeValueAsString(obj("title", "JD as text", "kind", "joint-declaration",
                "text", Declaration.TEXT)).replaceFirst("}$", ", " + meetingJson + "}");
        String answer = web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        return Json.MAPPER.convertValue(Json.parse(answer).get("themes"), Map.class);
    }

    @Test
    void pdfAndHtmlCountAsTheTextDoesWithProvenanceAndPages() {
        Map<String, Object> themes = jsonThemes("\"meeting\": " + MEETING.replace("18", "17").replace("2024", "2023"));
        assertThat(themes).isNotEmpty();

        byte[] pdf = Declaration.pdf();
        EntityExchangeResult<String> r = upload(pdf, "application/pdf", "jd-18.pdf",
                metadata("Joint Declaration of the 18th ADMM", "\"meeting\": " + MEETING));
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(201);
        String id = DocumentIds.documentId("admm-18", DocumentIds.contentHash(Declaration.TEXT));
        Json.assertJson(r.getResponseBody(), obj("id", id, "duplicate", false, "words", 59, "themes", themes,
                "conversion", obj("format", "pdf", "pages", 2, "characters", Declaration.TEXT.length(),
                        "converter", "pdfbox 3.0.8", "notes", arr("joined 2 hyphenated line breaks",
                                "kept the hyphen at 1 line end", "removed a running header on 2 of 2 pages",
                                "removed page numbers on 2 of 2 pages", "folded 1 ligature and compatibility characters"))));

        JsonNode doc = Json.parse(web.get().uri("/api/v1/documents/" + id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        Json.assertJson(Json.MAPPER.writeValueAsString(doc.get("source")), obj("format", "pdf",
                "contentType", "application/pdf", "fileName", "jd-18.pdf", "size", pdf.length,
                "sha256", new Source(pdf, null, null).sha256(), "pages", 2, "converter", "pdfbox 3.0.8",
                "notes", arr("joined 2 hyphenated line breaks", "kept the hyphen at 1 line end",
                        "removed a running header on 2 of 2 pages", "removed page numbers on 2 of 2 pages",
                        "folded 1 ligature and compatibility characters")));
        int pageTwo = Declaration.TEXT.indexOf("They reaffirmed");
        assertThat(doc.get("mentions").size()).isPositive();
        for (JsonNode m : doc.get("mentions")) {
            assertThat(m.get("page").intValue()).as(m.toString()).isEqualTo(m.get("start").intValue() < pageTwo ? 1 : 2);
        }
        String passages = web.get().uri("/api/v1/mentions?theme=rules-based-order").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(Json.parse(passages).get("items").get(0).get("page").intValue()).isEqualTo(2);
        String csv = web.get().uri("/api/v1/export/mentions?theme=rules-based-order&format=csv").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("page");

        EntityExchangeResult<byte[]> source = web.get().uri("/api/v1/documents/" + id + "/source").exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"jd-18.pdf\"; filename*=UTF-8''jd-18.pdf")
                .expectBody(byte[].class).returnResult();
        assertThat(source.getResponseBody()).isEqualTo(pdf);

        // the same declaration as a web page, its meeting named by id and its title taken from the page
        EntityExchangeResult<String> html = upload(Declaration.html().getBytes(StandardCharsets.UTF_8), null,
                "jd.html", metadata(null, "\"meetingId\": \"admm-17\""));
        assertThat(html.getStatus().value()).as(html.getResponseBody()).isEqualTo(200); // same text, same meeting
        Json.assertJson(html.getResponseBody(), obj("id", DocumentIds.documentId("admm-17",
                        DocumentIds.contentHash(Declaration.TEXT)), "duplicate", true, "words", 59, "themes", themes,
                "conversion", obj("format", "html", "pages", null, "characters", Declaration.TEXT.length(),
                        "converter", "jsoup 1.24.1", "notes", arr("read the <main> as the main content",
                                "dropped 1 navigation, banner, script or widget element", "charset UTF-8"))));
        EntityExchangeResult<String> fresh = upload(Declaration.html().getBytes(StandardCharsets.UTF_8), "text/html",
                "jd.html", metadata(null, "\"meetingId\": \"admm-18\"").replace("joint-declaration", "news-report"));
        assertThat(fresh.getStatus().value()).as(fresh.getResponseBody()).isEqualTo(200);
    }

    @Test
    void htmlFillsTitleAndDateAndJsonDocumentsHaveNoSource() {
        String page = Declaration.html().replace("rules-based order", "rules-based order and resilience");
        EntityExchangeResult<String> r = upload(page.getBytes(StandardCharsets.UTF_8), "text/html", "page.html",
                metadata(null, "\"meeting\": " + MEETING.replace("18", "19")));
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(201);
        String id = Json.parse(r.getResponseBody()).get("id").stringValue();
        JsonNode doc = Json.parse(web.get().uri("/api/v1/documents/" + id).exchange().expectBody(String.class)
                .returnResult().getResponseBody());
        assertThat(doc.get("title").stringValue()).isEqualTo("Joint Declaration on Regional Security");
        assertThat(doc.get("publishedOn").stringValue()).isEqualTo("2024-11-21");
        assertThat(doc.get("mentions").get(0).get("page").isNull()).isTrue();

        String json = Json.MAPPER.writeValueAsString(obj("title", "T", "kind", "speech", "text", "Arms race."))
                .replaceFirst("}$", ", \"meetingId\": \"admm-19\"}");
        String jsonId = Json.parse(web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange().expectStatus().isCreated().expectBody(String.class).returnResult()
                .getResponseBody()).get("id").stringValue();
        web.get().uri("/api/v1/documents/" + jsonId + "/source").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertRefused(byte[] file, String type, String metadata, int status, String title, String problemType,
                               List<Map<String, Object>> errors) {
        Counts before = counts();
        EntityExchangeResult<String> r = upload(file, type, "f", metadata);
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(status);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String detail = errors.size() == 1 ? (String) errors.getFirst().get("message") : null;
        Map<String, Object> expected = obj("type", "urn:themescope:problem:" + problemType, "title", title,
                "status", status, "detail", detail, "instance", "/api/v1/documents", "errors", errors);
        Json.assertJson(r.getResponseBody(), expected);
        assertThat(counts()).isEqualTo(before);
    }

    private static Map<String, Object> error(String field, String rule, String message) {
        return obj("field", field, "rule", rule, "message", message);
    }

    @Test
    void everyBadFileIsAProblemAndStoresNothing() {
        jsonThemes("\"meeting\": " + MEETING.replace("18", "16").replace("2024", "2022"));
        String meta = metadata("T", "\"meeting\": " + MEETING.replace("18", "20"));
        assertRefused(PdfFixtures.scan(1), "application/pdf", meta, 422, "Unprocessable file", "unprocessable",
                List.of(error("file", "text-layer", "The PDF has no text layer: OCR it first.")));
        assertRefused(PdfFixtures.encrypted(Declaration.pages()), "application/pdf", meta, 422, "Unprocessable file",
                "unprocessable", List.of(error("file", "encrypted",
                        "The PDF is encrypted and needs a password to open; remove the protection first.")));
        byte[] pdf = Declaration.pdf();
        assertRefused(Arrays.copyOf(pdf, pdf.length - 200), "application/pdf", meta, 400, "Invalid request",
                "invalid-request", List.of(error("file", "pdf",
                        "The PDF is truncated or corrupt: it has no %%EOF marker at its end.")));
        assertRefused(pdf, "text/html", meta, 415, "Unsupported file type", "unsupported-type", List.of(error("file",
                "matches-declared-type", "The file is declared as text/html but its bytes are a PDF.")));
        assertRefused(new byte[0], "text/plain", meta, 400, "Invalid request", "invalid-request",
                List.of(error("file", "not-empty", "The file is empty.")));
        assertRefused(new byte[70 * 1024], "application/pdf", meta, 413, "Request body too large", "too-large",
                List.of(error("file", "max-size", "The file is larger than 65536 bytes (themescope.ingest.max-file-size).")));
        List<String> closest = MeetingIds.closest("admm-61", dsl.selectDistinct(Meetings.ID).from(Meetings.TABLE)
                .fetch(Meetings.ID));
        assertThat(closest).startsWith("admm-16");
        assertRefused(pdf, "application/pdf", metadata("T", "\"meetingId\": \"admm-61\""), 400, "Invalid request",
                "invalid-request", List.of(error("meetingId", "known-meeting", "No meeting with id \"admm-61\" is"
                        + " stored; the closest known ids are " + String.join(", ", closest) + ".")));
        assertRefused(pdf, "application/pdf", "{\"kind\": \"speech\", \"text\": \"x\", \"meetingId\": \"admm-16\"}", 400,
                "Invalid request", "invalid-request", List.of(error("metadata.text", "from-file",
                        "text comes from the file part; leave it out of metadata.")));
    }

    @Test
    void randomMutationsNeverAnswer5xxNorLeaveHalfADocument() {
        jsonThemes("\"meeting\": " + MEETING.replace("18", "15").replace("2024", "2021"));
        Random random = new Random(15);
        byte[] pdf = Declaration.pdf();
        byte[] html = Declaration.html().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 200; i++) {
            byte[] base = i % 2 == 0 ? pdf : html;
            byte[] mutated = Arrays.copyOf(base, base.length);
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits; e++) {
                switch (random.nextInt(3)) {
                    case 0 -> mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                    case 1 -> mutated = Arrays.copyOf(mutated, Math.max(1, mutated.length - random.nextInt(64)));
                    default -> {
                        int at = random.nextInt(mutated.length);
                        Arrays.fill(mutated, at, Math.min(mutated.length, at + random.nextInt(32)), (byte) '0');
                    }
                }
            }
            Counts before = counts();
            EntityExchangeResult<String> r = upload(mutated, null, "m", metadata("Mutation " + i,
                    "\"meetingId\": \"admm-15\""));
            int status = r.getStatus().value();
            assertThat(status).as("mutation %d: %s", i, r.getResponseBody()).isLessThan(500);
            Counts after = counts();
            if (status == 201) {
                String id = Json.parse(r.getResponseBody()).get("id").stringValue();
                assertThat(dsl.fetchCount(Documents.TABLE, Documents.ID.eq(id))).isEqualTo(1);
                assertThat(dsl.fetchCount(DocumentSources.TABLE, DocumentSources.DOCUMENT_ID.eq(id))).isEqualTo(1);
                assertThat(after.documents()).isEqualTo(before.documents() + 1);
            } else {
                assertThat(after).as("mutation %d: %s", i, r.getResponseBody()).isEqualTo(before);
            }
        }
    }
}

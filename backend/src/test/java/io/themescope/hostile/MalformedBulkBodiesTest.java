package io.themescope.hostile;

import io.themescope.support.Json;
import io.themescope.support.StoreFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NDJSON ingest with bad lines among good ones, and reindex with junk bodies. The report names each
 * bad line and why, word for word where the API words it; exactly the good lines are stored (their
 * meetings, mentions and aggregates), the bad ones leave nothing, not even a meeting row.
 */
class MalformedBulkBodiesTest {

    private static LiveApp app;

    @BeforeAll
    static void start() {
        app = LiveApp.start("malformed_bulk");
        Corpus.load(app);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static String line(int number, String host, String date, String text) {
        return new String(Corpus.json(obj("title", "Statement " + number, "kind", "chairman-statement", "text", text,
                "meeting", obj("series", "ADMM", "number", number, "date", date, "hostCountry", host))),
                StandardCharsets.UTF_8);
    }

    private static long meetings(String id) {
        return app.dsl().fetchOne("SELECT count() FROM meetings FINAL WHERE id = {0}", id).get(0, Long.class);
    }

    private static void aggregatesMatchRawRows() {
        io.themescope.support.StoreInvariants.assertConsistent(app.dsl());
    }

    @Test
    void goodLinesAreStoredAndEveryBadLineIsReportedAndLeavesNothing() {
        String a = line(12, "SG", "2018-10-19", "Maritime security and unity.");
        String b = line(13, "TH", "2019-06-17", "The arms race was discussed.");
        String c = line(14, "VN", "2020-12-09", "Terrorism and unity.");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<byte[]> lines = List.of(
                a.getBytes(StandardCharsets.UTF_8),                                               // 1 stored
                "{\"title\":".getBytes(StandardCharsets.UTF_8),                                   // 2 broken JSON
                b.getBytes(StandardCharsets.UTF_8),                                               // 3 stored
                new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xFF, '"', '}'},                  // 4 invalid UTF-8
                "{\"title\": 5, \"kind\": \"speech\", \"text\": \"x\", \"meeting\": []}".getBytes(StandardCharsets.UTF_8),
                new byte[0],                                                                      // 6 blank
                a.getBytes(StandardCharsets.UTF_8),                                               // 7 duplicate of 1
                ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8),     // 8 too deep
                line(15, "MM", "2021-06-16", "Unity.").replace("Statement 15", "S\\ud800")
                        .getBytes(StandardCharsets.UTF_8),                                        // 9 lone surrogate
                line(8, "LA", "2014-05-20", "Unity once more.").getBytes(StandardCharsets.UTF_8), // 10 conflict
                (c + "\r").getBytes(StandardCharsets.UTF_8),                                      // 11 stored (CRLF)
                new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},     // 12 overlong
                line(16, "BN", "1960", "Unity.").getBytes(StandardCharsets.UTF_8));               // 13 date out of range
        for (byte[] l : lines) {
            body.writeBytes(l);
            body.write('\n');
        }
        long documentsBefore = StoreFingerprint.rows(app.dsl(), "documents");
        long meetingsBefore = StoreFingerprint.rows(app.dsl(), "meetings");

        LiveApp.Answer r = app.post("/api/v1/documents/bulk", "application/x-ndjson", body.toByteArray());

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode report = Json.parse(r.text());
        assertThat(report.path("accepted").asLong()).isEqualTo(3);
        assertThat(report.path("duplicates").asLong()).isEqualTo(1);
        List<Long> rejectedLines = new ArrayList<>();
        report.path("rejected").forEach(x -> rejectedLines.add(x.path("line").asLong()));
        assertThat(rejectedLines).containsExactly(2L, 4L, 5L, 8L, 9L, 10L, 12L, 13L);
        Map<Long, JsonNode> errors = new java.util.HashMap<>();
        report.path("rejected").forEach(x -> errors.put(x.path("line").asLong(), x.path("errors")));
        assertThat(errors.get(2L).get(0).path("message").asString()).startsWith("The body is not valid JSON: ");
        assertThat(errors.get(8L).get(0).path("message").asString()).contains("nesting depth");
        Json.assertJson(errors.get(4L).toString(), List.of(err("body", "utf-8", "The body is not valid UTF-8.")));
        Json.assertJson(errors.get(12L).toString(), List.of(err("body", "utf-8", "The body is not valid UTF-8.")));
        Json.assertJson(errors.get(5L).toString(), List.of(err("title", "type", "title must be a string."),
                err("meeting", "type", "meeting must be an object.")));
        Json.assertJson(errors.get(9L).toString(), List.of(err("title", "unicode",
                "title must be valid Unicode; it has a lone surrogate escape like \\ud800.")));
        Json.assertJson(errors.get(10L).toString(), List.of(err("meeting.hostCountry", "matches-stored-meeting",
                "Meeting admm-8 is stored with meeting.hostCountry MM; this document says LA.")));
        Json.assertJson(errors.get(13L).toString(), List.of(err("meeting.date", "date",
                "meeting.date must lie between 1970-01-01 and 2149-06-06, the days storage can hold; got \"1960\".")));

        assertThat(StoreFingerprint.rows(app.dsl(), "documents")).isEqualTo(documentsBefore + 3);
        assertThat(StoreFingerprint.rows(app.dsl(), "meetings")).isEqualTo(meetingsBefore + 3);
        assertThat(List.of(meetings("admm-12"), meetings("admm-13"), meetings("admm-14"))).containsOnly(1L);
        assertThat(List.of(meetings("admm-15"), meetings("admm-16"))).containsOnly(0L);
        aggregatesMatchRawRows();
    }

    @Test
    void emptyAndBlankUploadsStoreNothing() {
        Map<String, String> before = StoreFingerprint.of(app.dsl());
        for (byte[] body : List.of(new byte[0], "\n\n \r\n\t\n".getBytes(StandardCharsets.UTF_8))) {
            LiveApp.Answer r = app.post("/api/v1/documents/bulk", "application/x-ndjson", body);
            assertThat(r.status()).isEqualTo(200);
            Json.assertJson(r.text(), obj("accepted", 0, "duplicates", 0, "rejected", List.of()));
        }
        assertThat(StoreFingerprint.of(app.dsl())).isEqualTo(before);
    }

    /** Reindex reads no body: junk in it changes nothing but the generation, and never a 5xx. */
    @Test
    void reindexIgnoresJunkBodies() {
        Map<String, String> before = StoreFingerprint.of(app.dsl());
        LiveApp.Answer r = app.post("/api/v1/reindex", "application/json",
                new byte[] {'[', '[', (byte) 0xFF, (byte) 0xC0, (byte) 0xAF, 0, '\'', ';'});
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(Json.parse(r.text()).path("documents").asLong()).isEqualTo(StoreFingerprint.rows(app.dsl(), "documents"));
        Map<String, String> after = StoreFingerprint.of(app.dsl());
        for (String unchanged : List.of("documents", "meetings", "document_meeting_totals")) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        aggregatesMatchRawRows();
    }

    private static Map<String, Object> err(String field, String rule, String message) {
        return obj("field", field, "rule", rule, "message", message);
    }
}

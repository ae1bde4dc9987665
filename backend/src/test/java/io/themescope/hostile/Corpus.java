package io.themescope.hostile;

import io.themescope.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four small documents in four meetings (two series, three hosts, day, month and year dates), so
 * hostile queries run against real rows, buckets and passages rather than an empty store.
 */
final class Corpus {

    static final List<Map<String, Object>> DOCUMENTS = List.of(
            document("Joint Declaration of the 8th ADMM", "joint-declaration",
                    obj("series", "ADMM", "number", 8, "date", "2014-05-20", "hostCountry", "MM", "hostCity", "Nay Pyi Taw"),
                    "The Ministers warned that an arms race would harm regional unity. Maritime security remains vital."),
            document("Speech at the 9th ADMM", "speech",
                    obj("series", "ADMM", "number", 9, "date", "2015", "hostCountry", "MY"),
                    "Terrorism and the arms race worry the Ministers."),
            document("Chairman's statement", "chairman-statement",
                    obj("series", "ADMM", "number", 11, "date", "2017-10", "hostCountry", "PH"),
                    "Maritime security and unity were stressed. The arms race was not mentioned twice."),
            document("News report", "news-report",
                    obj("series", "ADMM-Plus", "number", 4, "date", "2017-11-15", "hostCountry", "PH", "hostCity", "Clark"),
                    "Terrorism and maritime security in the South China Sea."));

    private Corpus() {
    }

    private static Map<String, Object> document(String title, String kind, Map<String, Object> meeting, String text) {
        return obj("title", title, "kind", kind, "meeting", meeting, "text", text);
    }

    static byte[] json(Map<String, Object> document) {
        return Json.MAPPER.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    }

    /** Stores the corpus; returns the id of the first document. */
    static String load(LiveApp app) {
        String first = null;
        for (Map<String, Object> d : DOCUMENTS) {
            LiveApp.Answer a = app.post("/api/v1/documents", "application/json", json(d));
            assertThat(a.status()).as(a.text()).isEqualTo(201);
            if (first == null) {
                first = Json.parse(a.text()).path("id").asString();
            }
        }
        return first;
    }

    /** A cursor the API itself issued, for requests that pass a valid one. */
    static String issuedCursor(LiveApp app) {
        LiveApp.Answer a = app.get("/api/v1/mentions?limit=1");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        String cursor = Json.parse(a.text()).path("nextCursor").asString();
        assertThat(cursor).isNotBlank();
        return cursor;
    }
}

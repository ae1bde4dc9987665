package io.themescope.evaluation;

import io.themescope.themes.Taxonomy;
import io.themescope.themes.TaxonomyLoader;
import io.themescope.web.ApiError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gold validation names every broken rule with its entry, all at once: unknown themes and
 * documents, offsets that are not whole numbers or lie outside the text (counted in code points),
 * and span texts that differ from the document's; code-point offsets become UTF-16 ones.
 */
class GoldReaderTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** U+1D400 MATHEMATICAL BOLD CAPITAL A is two UTF-16 units and one code point. */
    private static final String BOLD_A = "\uD835\uDC00";
    private static final Map<String, String> TEXTS = Map.of(
            "plain", "Ministers praised ASEAN unity and condemned terrorism.",
            "astral", BOLD_A + " Ministers praised unity.");

    private static GoldReader.Result read(String gold) {
        return read(gold, new HashMap<>());
    }

    private static GoldReader.Result read(String gold, Map<String, String> labelledIn) {
        JsonNode root = JSON.readTree(gold);
        return GoldReader.read(root, TAXONOMY, new GoldReader.Texts(TEXTS::get, "no document %s in the corpus"),
                labelledIn, "gold-a.json");
    }

    private static List<String> messages(GoldReader.Result r) {
        return r.errors().stream().map(ApiError::message).toList();
    }

    @Test
    void aValidGoldBecomesDocumentsWithUtf16Offsets() {
        GoldReader.Result r = read("""
                {"version": "1", "themes": ["unity", "terrorism"], "documents": {
                  "astral": {"unity": [{"start": 20, "end": 25, "text": "unity"}], "terrorism": []}}}""");
        assertThat(r.errors()).isEmpty();
        assertThat(r.themes()).containsExactly("terrorism", "unity");
        GoldDocument d = r.documents().getFirst();
        assertThat(d.id()).isEqualTo("astral");
        assertThat(d.themes()).containsExactly("terrorism", "unity");
        assertThat(d.spans().get("unity")).containsExactly(new Span(21, 26, 20, 25, "unity"));
        assertThat(d.text().substring(21, 26)).isEqualTo("unity");
        assertThat(d.spans().get("terrorism")).isEmpty();
    }

    @Test
    void themesInTaxonomyOrderWhateverTheGoldsOrder() {
        GoldReader.Result r = read("""
                {"themes": ["unity", "terrorism"], "documents": {"plain": {"unity": [], "terrorism": []}}}""");
        assertThat(r.themes()).containsExactly("terrorism", "unity");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        GoldReader.Result r = read("""
                {"themes": ["unity", "foo", "unity", 7], "documents": {
                  "plain": {"unity": [
                      {"start": "3", "end": 8, "text": "x"},
                      {"start": -1, "end": 8, "text": "x"},
                      {"start": 10, "end": 10, "text": ""},
                      {"start": 50, "end": 60, "text": "x"},
                      {"start": 24, "end": 29, "text": "Unity"},
                      {"start": 1.5, "end": 2, "text": "i", "note": "?"}],
                    "foo": [], "terrorism": []},
                  "missing": {"unity": []},
                  "astral": {}}}""");
        assertThat(messages(r)).containsExactly(
                "gold.themes[1]: unknown theme 'foo'",
                "gold.themes[2]: theme 'unity' is listed twice",
                "gold.themes[3]: must be a theme id string",
                "gold.documents[\"plain\"][\"unity\"][0].start: must be a whole number; got \"3\"",
                "gold.documents[\"plain\"][\"unity\"][1].start: must not be negative; got -1",
                "gold.documents[\"plain\"][\"unity\"][2].end: must be greater than start (10); got 10",
                "gold.documents[\"plain\"][\"unity\"][3].end: 60 is beyond the end of the text (54 code points)",
                "gold.documents[\"plain\"][\"unity\"][4].text: expected \"Unity\" but the text at [24, 29) is \"unity\"",
                "gold.documents[\"plain\"][\"unity\"][5].note: unknown field; a span has start, end and text",
                "gold.documents[\"plain\"][\"unity\"][5].start: must be a whole number; got 1.5",
                "gold.documents[\"plain\"][\"foo\"]: unknown theme 'foo'",
                "gold.documents[\"plain\"][\"terrorism\"]: theme 'terrorism' is not listed in gold.themes",
                "gold.documents[\"missing\"]: no document 'missing' in the corpus",
                "gold.documents[\"astral\"]: no entry for theme 'unity', which gold.themes lists (write [] when the"
                        + " document has no mention)");
        assertThat(r.errors().get(0)).isEqualTo(new ApiError("gold.themes[1]", "unknown-theme",
                "gold.themes[1]: unknown theme 'foo'"));
        assertThat(r.errors()).extracting(ApiError::rule).containsExactly("unknown-theme", "duplicate-theme", "type",
                "integer", "range", "range", "range", "text-mismatch", "unknown-field", "integer", "unknown-theme",
                "unlisted-theme", "unknown-document", "missing-theme");
        assertThat(r.documents()).isEmpty();
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // the text is 26 code points and 27 UTF-16 units: end 27 is outside, and [21, 25) is "nity"
        GoldReader.Result r = read("""
                {"themes": ["unity"], "documents": {"astral": {"unity": [
                  {"start": 20, "end": 27, "text": "unity."}, {"start": 21, "end": 25, "text": "unity"},
                  {"start": 0, "end": 1, "text": "A"}]}}}""");
        assertThat(messages(r)).containsExactly(
                "gold.documents[\"astral\"][\"unity\"][0].end: 27 is beyond the end of the text (26 code points)",
                "gold.documents[\"astral\"][\"unity\"][1].text: expected \"unity\" but the text at [21, 25) is \"nity\"",
                "gold.documents[\"astral\"][\"unity\"][2].text: expected \"A\" but the text at [0, 1) is \"" + BOLD_A + "\"");
    }

    @Test
    void longTextsAreCutInMessages() {
        String text = "a".repeat(100);
        GoldReader.Result r = GoldReader.read(JSON.readTree("{\"themes\": [\"unity\"], \"documents\": {\"d\": {\"unity\": ["
                        + "{\"start\": 0, \"end\": 100, \"text\": \"" + "b".repeat(100) + "\"}]}}}"), TAXONOMY,
                new GoldReader.Texts(Map.of("d", text)::get, "no document %s in the corpus"), new HashMap<>(), "g");
        assertThat(messages(r)).containsExactly("gold.documents[\"d\"][\"unity\"][0].text: expected \""
                + "b".repeat(59) + "…\" but the text at [0, 100) is \"" + "a".repeat(59) + "…\"");
    }

    @Test
    void aDocumentLabelledInTwoGoldFilesIsAnError() {
        Map<String, String> labelledIn = new HashMap<>();
        labelledIn.put("plain", "gold-first.json");
        GoldReader.Result r = read("""
                {"themes": ["unity"], "documents": {"plain": {"unity": []}}}""", labelledIn);
        assertThat(messages(r)).containsExactly(
                "gold.documents[\"plain\"]: document 'plain' is already labelled in gold-first.json");
    }

    @Test
    void theEnvelopeIsChecked() {
        assertThat(messages(read("[]"))).containsExactly("gold: must be a JSON object with themes and documents");
        assertThat(messages(read("{\"version\": 1, \"extra\": true}"))).containsExactly(
                "gold.extra: unknown field; known fields are documents, standard, themes, version",
                "gold.version: must be a string",
                "gold.themes: is required",
                "gold.documents: is required");
        assertThat(messages(read("{\"themes\": \"unity\", \"documents\": []}"))).containsExactly(
                "gold.themes: must be an array of theme ids",
                "gold.documents: must be an object keyed by document id");
    }
}

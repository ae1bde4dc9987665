package io.themescope.ingest;

import io.themescope.web.ApiError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON escapes can carry a lone UTF-16 surrogate that strict UTF-8 decoding of the body never sees. A
 * title with one once failed in the engine after its meeting row was written (500); in the text it was
 * stored as U+FFFD. Each string field now names the rule; real pairs (emoji) stay valid.
 */
class LoneSurrogateTest {

    private final DocumentRequestParser parser = new DocumentRequestParser(JsonMapper.builder().build());

    private static String doc(String title, String city, String text) {
        return """
                {"title": "%s", "kind": "speech", "text": "%s",
                 "meeting": {"series": "ADMM", "number": 3, "date": "2009-02-26", "hostCountry": "TH", "hostCity": "%s"}}
                """.formatted(title, text, city);
    }

    private DocumentRequestParser.Result parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiError unicode(String field) {
        return new ApiError(field, "unicode", field + " must be valid Unicode; it has a lone surrogate escape like \\ud800.");
    }

    @Test
    void loneSurrogatesInAnyStoredStringAreNamed() {
        assertThat(parse(doc("Lone \\ud800 high", "Cha-am", "Unity.")).errors()).containsExactly(unicode("title"));
        assertThat(parse(doc("Title", "Cha\\udc00am", "Unity.")).errors()).containsExactly(unicode("meeting.hostCity"));
        assertThat(parse(doc("Title", "Cha-am", "Unity \\udc00 and \\ud83d")).errors()).containsExactly(unicode("text"));
        // a high surrogate followed by another high one is still unpaired
        assertThat(parse(doc("\\ud83d\\ud83d", "Cha-am", "Unity.")).errors()).containsExactly(unicode("title"));
        // the low half first, then the high half: reversed, so both are lone
        assertThat(parse(doc("\\ude00\\ud83d", "Cha-am", "Unity.")).errors()).containsExactly(unicode("title"));
    }

    @Test
    void pairedSurrogatesAndOtherOddCharactersStayValid() {
        DocumentRequestParser.Result r = parse(doc("Emoji \\ud83d\\ude00 \uD83C\uDF0F", "\\u202eCha-am",
                "Unity\\u0000 e\\u0301 \\uff13."));
        assertThat(r.errors()).isEmpty();
        assertThat(r.document().title()).isEqualTo("Emoji \uD83D\uDE00 \uD83C\uDF0F");
        assertThat(r.document().text()).isEqualTo("Unity\u0000 e\u0301 \uff13.");
    }

    @Test
    void wellFormedChecksPairsOnly() {
        assertThat(DocumentRequestParser.wellFormed("")).isTrue();
        assertThat(DocumentRequestParser.wellFormed("\uD83D\uDE00")).isTrue();
        assertThat(DocumentRequestParser.wellFormed("\uD83D")).isFalse();
        assertThat(DocumentRequestParser.wellFormed("x\uDE00")).isFalse();
    }
}

package io.themescope.passages;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Page cursors of the passages endpoint: opaque to clients, stable in form (a cursor handed out
 * before a deploy must still work after it), and a tampered or foreign cursor is a 400 with one
 * fixed sentence rather than a wrong page.
 */
class CursorCodecTest {

    private static final ApiError BAD = new ApiError("cursor", "opaque-cursor",
            "cursor is not one this API issued; pass nextCursor from the previous page unchanged.");

    private static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesTheSortKeyAsUnpaddedBase64Url() {
        PassageQuery.Cursor c = new PassageQuery.Cursor(LocalDate.of(2016, 5, 25), "doc-0123456789abcdef0123", 42, "unity");

        assertThat(CursorCodec.encode(c)).isEqualTo(b64("v1\n2016-05-25\ndoc-0123456789abcdef0123\n42\nunity"))
                .doesNotContain("=", "+", "/");
        assertThat(CursorCodec.decode(CursorCodec.encode(c))).isEqualTo(c);
    }

    @Test
    void roundTripsEdgeValues() {
        for (PassageQuery.Cursor c : List.of(
                new PassageQuery.Cursor(LocalDate.of(1970, 1, 1), "d", 0, "arms-race"),
                new PassageQuery.Cursor(LocalDate.of(2149, 6, 6), "doc-ffffffffffffffffffff", Integer.MAX_VALUE,
                        "women-peace-security"))) {
            assertThat(CursorCodec.decode(" " + CursorCodec.encode(c) + " ")).isEqualTo(c);
        }
    }

    @Test
    void absentCursorMeansTheFirstPage() {
        assertThat(CursorCodec.decode(null)).isNull();
        assertThat(CursorCodec.decode("")).isNull();
        assertThat(CursorCodec.decode("  ")).isNull();
    }

    @Test
    void rejectsAnythingItDidNotIssue() {
        for (String bad : List.of("!!!", "not-a-cursor", b64("v2\n2016-05-25\ndoc\n1\nunity"),
                b64("v1\n2016-05-25\ndoc\n1"), b64("v1\n2016-05-25\ndoc\n1\nunity\nextra"),
                b64("v1\n2016-02-30\ndoc\n1\nunity"), b64("v1\n2016-05-25\ndoc\none\nunity"),
                b64("v1\n2016-05-25\ndoc\n99999999999\nunity"), b64("\n\n\n\n"),
                // dates no stored meeting can have: the engine could not compare them (a 500 once)
                b64("v1\n0000-01-01\ndoc\n1\nunity"), b64("v1\n+99999-01-01\ndoc\n1\nunity"),
                b64("v1\n1969-12-31\ndoc\n1\nunity"), b64("v1\n2149-06-07\ndoc\n1\nunity"))) {
            assertThatThrownBy(() -> CursorCodec.decode(bad)).as(bad)
                    .isInstanceOfSatisfying(ApiValidationException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).containsExactly(BAD);
                    });
        }
    }
}

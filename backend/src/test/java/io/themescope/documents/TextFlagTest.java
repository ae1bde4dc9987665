package io.themescope.documents;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code text} flag of GET /api/v1/documents/{id}. Spring's boolean conversion answered
 * {@code text=abc} with a bare "Type mismatch." problem that named no field; the words it accepted
 * must keep working, and anything else is a 400 naming text.
 */
class TextFlagTest {

    @Test
    void theWordsSpringAcceptedStillWork() {
        for (String yes : List.of("true", "TRUE", " on ", "yes", "1")) {
            assertThat(DocumentsController.flag("text", yes)).as(yes).isTrue();
        }
        for (String no : List.of("false", "False", "off", "no", "0", "", " ")) {
            assertThat(DocumentsController.flag("text", no)).as(no).isFalse();
        }
        assertThat(DocumentsController.flag("text", null)).isFalse();
    }

    @Test
    void anythingElseNamesTheParameter() {
        for (String bad : List.of("abc", "2", "truee", "\u0000", "ｔｒｕｅ", "NaN")) {
            assertThatThrownBy(() -> DocumentsController.flag("text", bad)).as(bad)
                    .isInstanceOfSatisfying(ApiValidationException.class, e -> assertThat(e.errors()).containsExactly(
                            new ApiError("text", "boolean", "text must be true or false; got \"" + bad + "\".")));
        }
    }
}

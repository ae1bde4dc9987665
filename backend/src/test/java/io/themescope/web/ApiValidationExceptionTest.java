package io.themescope.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A request with thousands of broken fields gets a short answer: twenty errors and a count of the rest. */
class ApiValidationExceptionTest {

    @Test
    void errorsBeyondTwentyAreCountedNotListed() {
        List<ApiError> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(new ApiError("f" + i, "unknown-field", "f" + i + " is not a field."));
        }
        ApiValidationException e = new ApiValidationException(many);
        assertThat(e.errors()).hasSize(100_000);
        assertThat(e.listed()).hasSize(21);
        assertThat(e.listed().getLast()).isEqualTo(new ApiError("request", "too-many-errors",
                "99980 more problems were found and not listed."));
        assertThat(e.getMessage()).startsWith("21 problems: f0 is not a field.");
        assertThat(new ApiValidationException(many.subList(0, 20)).listed()).hasSize(20);
        assertThat(new ApiValidationException(many.subList(0, 21)).listed().getLast().message())
                .isEqualTo("1 more problem was found and not listed.");
    }

    /** A stage that merges another's errors into its own must not cut them twice. */
    @Test
    void mergedErrorsAreCutOnceWithTheFullCount() {
        List<ApiError> first = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            first.add(new ApiError("theme", "known-theme", "t" + i));
        }
        List<ApiError> merged = new ArrayList<>(new ApiValidationException(first).errors());
        merged.add(new ApiError("from", "date", "bad date"));
        assertThat(new ApiValidationException(merged).listed().getLast().message())
                .isEqualTo("11 more problems were found and not listed.");
    }
}

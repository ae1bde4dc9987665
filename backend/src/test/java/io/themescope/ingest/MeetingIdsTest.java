package io.themescope.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids offered for an unknown meeting id are the nearest by edit distance, ties in id order. */
class MeetingIdsTest {

    @Test
    void closestByEditDistance() {
        List<String> known = List.of("admm-18", "admm-8", "admm-plus-10", "admm-1", "admm-retreat-2024-02");
        assertThat(MeetingIds.closest("admm-81", known)).containsExactly("admm-1", "admm-8", "admm-18");
        assertThat(MeetingIds.closest("admm-plus-1", known)).startsWith("admm-plus-10");
        assertThat(io.themescope.web.Closest.distance("kitten", "sitting")).isEqualTo(3);
    }
}

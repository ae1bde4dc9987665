package io.themescope.meetings;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every panel names a meeting by this label, and analysts quote it; ordinals, the date at its
 * precision and the virtual-meeting form are pinned here.
 */
class MeetingRefTest {

    @Test
    void ordinals() {
        int[] n = {1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 100, 101, 102, 103, 111, 112, 113, 121};
        String[] want = {"1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th", "20th", "21st", "22nd",
                "23rd", "24th", "100th", "101st", "102nd", "103rd", "111th", "112th", "113th", "121st"};
        for (int i = 0; i < n.length; i++) {
            assertThat(MeetingRef.ordinal(n[i])).as("%d", n[i]).isEqualTo(want[i]);
        }
    }

    @Test
    void labelNamesNumberSeriesCityAndDate() {
        assertThat(MeetingRef.label("ADMM", 18, LocalDate.of(2024, 11, 20), "day", "LA", "Vientiane"))
                .isEqualTo("18th ADMM — Vientiane (2024-11-20)");
        assertThat(MeetingRef.label("ADMM-Plus", 1, LocalDate.of(2010, 10, 12), "day", "VN", "Hanoi"))
                .isEqualTo("1st ADMM-Plus — Hanoi (2010-10-12)");
    }

    @Test
    void labelShowsTheDateOnlyAsPreciseAsItIsKnown() {
        assertThat(MeetingRef.label("ADMM", 9, LocalDate.of(2015, 1, 1), "year", "MY", "Kuala Lumpur"))
                .isEqualTo("9th ADMM — Kuala Lumpur (2015)");
        assertThat(MeetingRef.label("ADMM Retreat", null, LocalDate.of(2014, 5, 1), "month", "MM", "Bagan"))
                .isEqualTo("ADMM Retreat — Bagan (2014-05)");
        // a missing precision is read as a full date
        assertThat(MeetingRef.label("ADMM", 2, LocalDate.of(2008, 2, 26), null, "SG", "Singapore"))
                .isEqualTo("2nd ADMM — Singapore (2008-02-26)");
    }

    @Test
    void aMeetingWithoutCityIsLabelledVirtualWithItsHostCountry() {
        assertThat(MeetingRef.label("ADMM", 14, LocalDate.of(2020, 12, 10), "day", "VN", null))
                .isEqualTo("14th ADMM — VN, virtual (2020-12-10)");
        assertThat(MeetingRef.label("ADMM Retreat", null, LocalDate.of(2020, 6, 1), "month", "VN", null))
                .isEqualTo("ADMM Retreat — VN, virtual (2020-06)");
    }

    @Test
    void ofCarriesTheFactsAndTheLabel() {
        MeetingRef m = MeetingRef.of("admm-11", "ADMM", 11, LocalDate.of(2017, 10, 23), "day", "PH", "Clark");
        assertThat(m).isEqualTo(new MeetingRef("admm-11", "ADMM", 11, LocalDate.of(2017, 10, 23), "day", "PH", "Clark",
                "11th ADMM — Clark (2017-10-23)"));
    }
}

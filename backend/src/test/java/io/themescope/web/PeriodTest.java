package io.themescope.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The from/to filter every endpoint shares. A year means its first day as from and its last day as
 * to, so "from=2016&to=2016" is the whole year; the error sentences are what clients show.
 */
class PeriodTest {

    private static List<ApiError> errors(String from, String to) {
        try {
            Period.parse(from, to);
        } catch (ApiValidationException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.errors();
        }
        throw new AssertionError("expected a rejection of from=" + from + " to=" + to);
    }

    @Test
    void yearsCoverTheWholeYear() {
        assertThat(Period.parse("2016", "2016")).isEqualTo(new Period(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        assertThat(Period.parse("2014", "2017")).isEqualTo(new Period(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31)));
    }

    @Test
    void datesAreTakenAsGiven() {
        assertThat(Period.parse("2016-05-25", "2016-05-25"))
                .isEqualTo(new Period(LocalDate.of(2016, 5, 25), LocalDate.of(2016, 5, 25)));
        assertThat(Period.parse(" 2016-02-29 ", "2017"))
                .isEqualTo(new Period(LocalDate.of(2016, 2, 29), LocalDate.of(2017, 12, 31)));
        // a date inside the to-year is before that year's end
        assertThat(Period.parse("2016-06-01", "2016")).isEqualTo(new Period(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 12, 31)));
    }

    @Test
    void missingOrBlankEndsAreOpen() {
        assertThat(Period.parse(null, null)).isEqualTo(new Period(null, null));
        assertThat(Period.parse("", " ")).isEqualTo(new Period(null, null));
        assertThat(Period.parse("2015", null)).isEqualTo(new Period(LocalDate.of(2015, 1, 1), null));
        assertThat(Period.parse(null, "2015")).isEqualTo(new Period(null, LocalDate.of(2015, 12, 31)));
    }

    @Test
    void fromAfterToIsRejected() {
        assertThat(errors("2017", "2016")).containsExactly(
                new ApiError("from", "before-to", "from (2017) must not be after to (2016)."));
        assertThat(errors("2016-05-26", "2016-05-25")).containsExactly(
                new ApiError("from", "before-to", "from (2016-05-26) must not be after to (2016-05-25)."));
        // a date after the last day of the to-year
        assertThat(errors("2016-06-01", "2015")).containsExactly(
                new ApiError("from", "before-to", "from (2016-06-01) must not be after to (2015)."));
    }

    @Test
    void malformedAndImpossibleValuesAreNamed() {
        for (String bad : List.of("16", "2016-5-1", "2016/05/01", "May 2016", "2016-02-30", "2016-13-01", "20160501")) {
            assertThat(errors(bad, null)).as(bad).containsExactly(new ApiError("from", "date",
                    "from must be a year like 2016 or a real date like 2016-05-25; got \"" + bad + "\"."));
            assertThat(errors(null, bad)).as(bad).containsExactly(new ApiError("to", "date",
                    "to must be a year like 2016 or a real date like 2016-05-25; got \"" + bad + "\"."));
        }
    }

    /** Out-of-range days once reached the engine clamped (wrong rows) or unparseable (a 500 from every endpoint). */
    @Test
    void daysStorageCannotHoldAreRejected() {
        for (String bad : List.of("0000", "0001-01-01", "1000", "1582-10-10", "1969", "1969-12-31", "2149-06-07", "2150",
                "9999", "9999-12-31")) {
            assertThat(errors(bad, null)).as(bad).containsExactly(new ApiError("from", "range",
                    "from must lie between 1970-01-01 and 2149-06-06, the days storage can hold; got \"" + bad + "\"."));
            assertThat(errors(null, bad)).as(bad).containsExactly(new ApiError("to", "range",
                    "to must lie between 1970-01-01 and 2149-06-06, the days storage can hold; got \"" + bad + "\"."));
        }
        assertThat(Period.parse("1970", "2149")).isEqualTo(new Period(LocalDate.of(1970, 1, 1), LocalDate.of(2149, 6, 6)));
        assertThat(Period.parse("1970-01-01", "2149-06-06"))
                .isEqualTo(new Period(LocalDate.of(1970, 1, 1), LocalDate.of(2149, 6, 6)));
    }

    @Test
    void bothEndsAreCheckedBeforeTheOrder() {
        assertThat(errors("x", "2016-02-30")).containsExactly(
                new ApiError("from", "date", "from must be a year like 2016 or a real date like 2016-05-25; got \"x\"."),
                new ApiError("to", "date",
                        "to must be a year like 2016 or a real date like 2016-05-25; got \"2016-02-30\"."));
        assertThatThrownBy(() -> Period.parse("2017", "x")).isInstanceOf(ApiValidationException.class)
                .hasMessage("to must be a year like 2016 or a real date like 2016-05-25; got \"x\".");
    }
}

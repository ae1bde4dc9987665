package io.themescope.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Meeting dates as precise as the sources allow. The stored date is the first day of the period and
 * the precision travels with it; quarter and month charts depend on that precision to leave out a
 * meeting known only by year, so parsing and the text form must round-trip exactly.
 */
class PartialDateTest {

    @Test
    void parsesDayMonthAndYear() {
        assertThat(PartialDate.parse("2016-05-25")).isEqualTo(new PartialDate(LocalDate.of(2016, 5, 25), PartialDate.Precision.DAY));
        assertThat(PartialDate.parse("2014-05")).isEqualTo(new PartialDate(LocalDate.of(2014, 5, 1), PartialDate.Precision.MONTH));
        assertThat(PartialDate.parse("2007")).isEqualTo(new PartialDate(LocalDate.of(2007, 1, 1), PartialDate.Precision.YEAR));
        assertThat(PartialDate.parse(" 2007 ")).isEqualTo(PartialDate.parse("2007"));
        assertThat(PartialDate.parse("2024-02-29").date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void textIsTheInputAtItsPrecision() {
        for (String s : List.of("2016-05-25", "2014-05", "2007", "1970", "2149-06-06")) {
            assertThat(PartialDate.parse(s).text()).isEqualTo(s);
        }
    }

    @Test
    void precisionLabelsRoundTrip() {
        assertThat(PartialDate.Precision.DAY.label()).isEqualTo("day");
        assertThat(PartialDate.Precision.MONTH.label()).isEqualTo("month");
        assertThat(PartialDate.Precision.YEAR.label()).isEqualTo("year");
        for (PartialDate.Precision p : PartialDate.Precision.values()) {
            assertThat(PartialDate.Precision.fromLabel(p.label())).isEqualTo(p);
        }
    }

    @Test
    void rejectsOtherShapes() {
        for (String bad : new String[] {"", "  ", null, "16", "2016-5", "2016-05-5", "2016/05/25", "2016-05-25T00:00",
                "25-05-2016", "２０１６", "2016-W21"}) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("must be a date like 2016-05-25, 2016-05 or 2016");
        }
    }

    /** The Date columns hold 1970-01-01 to 2149-06-06 and would store anything else clamped, silently. */
    @Test
    void rejectsDatesStorageCannotHold() {
        for (String bad : List.of("0000", "1899", "1969", "1969-12", "1969-12-31", "2149-06-07", "2149-07", "2150",
                "2201-01-01", "9999-12-31")) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad)
                    .hasMessage("must lie between 1970-01-01 and 2149-06-06, the days storage can hold");
        }
        assertThat(PartialDate.parse("1970").date()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(PartialDate.parse("2149").date()).isEqualTo(LocalDate.of(2149, 1, 1));
        assertThat(PartialDate.parse("2149-06").date()).isEqualTo(LocalDate.of(2149, 6, 1));
    }

    @Test
    void rejectsImpossibleCalendarDates() {
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessage("2023-02-30 is not a real calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).hasMessage("2023-02-29 is not a real calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2014-13")).hasMessage("2014-13 is not a real calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2014-00")).hasMessage("2014-00 is not a real calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2014-04-31")).hasMessage("2014-04-31 is not a real calendar date");
    }
}

package io.themescope.analytics;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How time is cut into buckets: keys that clients send back, labels that charts print, and the
 * precision rule that keeps a meeting known only by its year out of quarters and months rather than
 * pinning it to January.
 */
class BucketingTest {

    private static Bucket bucket(String key, String label, String start, String end) {
        return new Bucket(key, label, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void parsesParameterValues() {
        assertThat(Bucketing.parse(null, "bucket")).isEqualTo(Bucketing.YEAR);
        assertThat(Bucketing.parse(" ", "bucket")).isEqualTo(Bucketing.YEAR);
        assertThat(Bucketing.parse("quarter", "bucket")).isEqualTo(Bucketing.QUARTER);
        assertThat(Bucketing.parse(" month ", "bucket")).isEqualTo(Bucketing.MONTH);
        assertThat(Bucketing.parse("meeting", "bucket")).isEqualTo(Bucketing.MEETING);
        assertThat(Bucketing.YEAR.param()).isEqualTo("year");
    }

    @Test
    void unknownValuesNameTheParameter() {
        assertThatThrownBy(() -> Bucketing.parse("week", "bucket")).isInstanceOfSatisfying(ApiValidationException.class,
                e -> assertThat(e.errors()).containsExactly(new ApiError("bucket", "enum",
                        "bucket must be one of year, quarter, month, meeting; got \"week\".")));
        assertThatThrownBy(() -> Bucketing.parse("Year", "bucketing")).isInstanceOfSatisfying(ApiValidationException.class,
                e -> assertThat(e.errors()).containsExactly(new ApiError("bucketing", "enum",
                        "bucketing must be one of year, quarter, month, meeting; got \"Year\".")));
    }

    @Test
    void calendarBucketsHaveKeysLabelsAndBounds() {
        LocalDate d = LocalDate.of(2016, 5, 25);
        assertThat(Bucketing.YEAR.bucketOf(d)).isEqualTo(bucket("2016", "2016", "2016-01-01", "2016-12-31"));
        assertThat(Bucketing.QUARTER.bucketOf(d)).isEqualTo(bucket("2016-Q2", "2016 Q2", "2016-04-01", "2016-06-30"));
        assertThat(Bucketing.MONTH.bucketOf(d)).isEqualTo(bucket("2016-05", "May 2016", "2016-05-01", "2016-05-31"));
        assertThat(Bucketing.QUARTER.bucketOf(LocalDate.of(2016, 1, 1))).isEqualTo(bucket("2016-Q1", "2016 Q1", "2016-01-01", "2016-03-31"));
        assertThat(Bucketing.QUARTER.bucketOf(LocalDate.of(2016, 12, 31))).isEqualTo(bucket("2016-Q4", "2016 Q4", "2016-10-01", "2016-12-31"));
        assertThat(Bucketing.MONTH.bucketOf(LocalDate.of(2016, 2, 10))).isEqualTo(bucket("2016-02", "Feb 2016", "2016-02-01", "2016-02-29"));
        assertThat(Bucketing.MONTH.bucketOf(LocalDate.of(2015, 2, 10))).isEqualTo(bucket("2015-02", "Feb 2015", "2015-02-01", "2015-02-28"));
        assertThatThrownBy(() -> Bucketing.MEETING.bucketOf(d)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void betweenListsEveryBucketTouchingTheRangeIncludingEmptyOnes() {
        assertThat(Bucketing.YEAR.between(LocalDate.of(2014, 5, 20), LocalDate.of(2017, 1, 1))).containsExactly(
                bucket("2014", "2014", "2014-01-01", "2014-12-31"),
                bucket("2015", "2015", "2015-01-01", "2015-12-31"),
                bucket("2016", "2016", "2016-01-01", "2016-12-31"),
                bucket("2017", "2017", "2017-01-01", "2017-12-31"));
        assertThat(Bucketing.QUARTER.between(LocalDate.of(2015, 11, 15), LocalDate.of(2016, 4, 1))).containsExactly(
                bucket("2015-Q4", "2015 Q4", "2015-10-01", "2015-12-31"),
                bucket("2016-Q1", "2016 Q1", "2016-01-01", "2016-03-31"),
                bucket("2016-Q2", "2016 Q2", "2016-04-01", "2016-06-30"));
        assertThat(Bucketing.MONTH.between(LocalDate.of(2016, 11, 30), LocalDate.of(2017, 1, 1))).containsExactly(
                bucket("2016-11", "Nov 2016", "2016-11-01", "2016-11-30"),
                bucket("2016-12", "Dec 2016", "2016-12-01", "2016-12-31"),
                bucket("2017-01", "Jan 2017", "2017-01-01", "2017-01-31"));
        assertThat(Bucketing.YEAR.between(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 1)))
                .containsExactly(bucket("2016", "2016", "2016-01-01", "2016-12-31"));
    }

    @Test
    void betweenIsEmptyForAnOpenOrInvertedRange() {
        assertThat(Bucketing.YEAR.between(null, LocalDate.of(2016, 1, 1))).isEmpty();
        assertThat(Bucketing.YEAR.between(LocalDate.of(2016, 1, 1), null)).isEmpty();
        assertThat(Bucketing.QUARTER.between(LocalDate.of(2016, 1, 2), LocalDate.of(2016, 1, 1))).isEmpty();
    }

    @Test
    void precisionDecidesWhereAMeetingCanBePlaced() {
        assertThat(Bucketing.YEAR.accepts("year")).isTrue();
        assertThat(Bucketing.MEETING.accepts("year")).isTrue();
        assertThat(Bucketing.QUARTER.accepts("year")).isFalse();
        assertThat(Bucketing.MONTH.accepts("year")).isFalse();
        for (Bucketing b : Bucketing.values()) {
            assertThat(b.accepts("day")).isTrue();
            assertThat(b.accepts("month")).isTrue();
        }
    }

    @Test
    void keyOfAMeeting() {
        LocalDate jan1 = LocalDate.of(2015, 1, 1);
        assertThat(Bucketing.YEAR.keyOf("admm-9", jan1, "year")).isEqualTo("2015");
        assertThat(Bucketing.QUARTER.keyOf("admm-9", jan1, "year")).isNull();
        assertThat(Bucketing.MONTH.keyOf("admm-9", jan1, "year")).isNull();
        assertThat(Bucketing.MEETING.keyOf("admm-9", jan1, "year")).isEqualTo("admm-9");
        assertThat(Bucketing.QUARTER.keyOf("admm-retreat-2017-03", LocalDate.of(2017, 3, 1), "month")).isEqualTo("2017-Q1");
        assertThat(Bucketing.MONTH.keyOf("admm-11", LocalDate.of(2017, 10, 23), "day")).isEqualTo("2017-10");
        assertThat(List.of(Bucketing.values())).extracting(Bucketing::param).containsExactly("year", "quarter", "month", "meeting");
    }
}

package io.themescope.passages;

import io.themescope.analytics.Bucketing;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bucket keys of the passages filter. A key whose bucket starts on a day the Date columns cannot hold
 * (bucket=0000 once gave a 500 from the engine) is a 400 naming the bucket, not a query.
 */
class BucketKeysTest {

    private static void outside(Bucketing bucketing, String key) {
        assertThatThrownBy(() -> BucketKeys.parse(bucketing, key)).as(key)
                .isInstanceOfSatisfying(ApiValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new ApiError("bucket", "range", "bucket \"" + key + "\" starts outside 1970-01-01 to 2149-06-06,"
                                + " the days storage can hold.")));
    }

    @Test
    void bucketsStartingOutsideStorableDaysAreRejected() {
        outside(Bucketing.YEAR, "0000");
        outside(Bucketing.YEAR, "1969");
        outside(Bucketing.YEAR, "2150");
        outside(Bucketing.YEAR, "9999");
        outside(Bucketing.QUARTER, "0001-Q1");
        outside(Bucketing.QUARTER, "1969-Q4");
        outside(Bucketing.QUARTER, "2149-Q3");
        outside(Bucketing.MONTH, "1969-12");
        outside(Bucketing.MONTH, "2149-07");
    }

    @Test
    void theFirstAndLastStorableBucketsAreKept() {
        assertThat(BucketKeys.parse(Bucketing.YEAR, "1970").start()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(BucketKeys.parse(Bucketing.YEAR, "2149").start()).isEqualTo(LocalDate.of(2149, 1, 1));
        assertThat(BucketKeys.parse(Bucketing.QUARTER, "2149-Q2").start()).isEqualTo(LocalDate.of(2149, 4, 1));
        assertThat(BucketKeys.parse(Bucketing.MONTH, "2149-06").start()).isEqualTo(LocalDate.of(2149, 6, 1));
    }

    @Test
    void malformedKeysKeepTheirOwnRule() {
        assertThatThrownBy(() -> BucketKeys.parse(Bucketing.YEAR, "２０１６"))
                .isInstanceOfSatisfying(ApiValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new ApiError("bucket", "bucket-key", "bucket \"２０１６\" is not a year key like 2016.")));
    }
}

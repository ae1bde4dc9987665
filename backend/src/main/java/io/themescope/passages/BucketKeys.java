package io.themescope.passages;

import io.themescope.analytics.Bucket;
import io.themescope.analytics.Bucketing;
import io.themescope.clickhouse.StoredDates;
import io.themescope.web.ApiValidationException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bucket key back into its bucket: {@code 2016}, {@code 2016-Q2}, {@code 2016-05}, as the series
 * endpoint writes them; a bucket starting on a day storage cannot hold is refused, not queried.
 */
final class BucketKeys {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private BucketKeys() {
    }

    static Bucket parse(Bucketing bucketing, String key) {
        Bucket bucket = read(bucketing, key);
        if (!StoredDates.holds(bucket.start())) {
            throw ApiValidationException.of("bucket", "range", "bucket \"" + key + "\" starts outside "
                    + StoredDates.MIN + " to " + StoredDates.MAX + ", the days storage can hold.");
        }
        return bucket;
    }

    private static Bucket read(Bucketing bucketing, String key) {
        try {
            Matcher m;
            switch (bucketing) {
                case YEAR -> {
                    if ((m = YEAR.matcher(key)).matches()) {
                        return bucketing.bucketOf(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
                    }
                }
                case QUARTER -> {
                    if ((m = QUARTER.matcher(key)).matches()) {
                        return bucketing.bucketOf(LocalDate.of(Integer.parseInt(m.group(1)),
                                (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
                    }
                }
                case MONTH -> {
                    if ((m = MONTH.matcher(key)).matches()) {
                        return bucketing.bucketOf(LocalDate.of(Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)), 1));
                    }
                }
                case MEETING -> throw new IllegalStateException("meeting keys are meeting ids");
            }
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        throw ApiValidationException.of("bucket", "bucket-key", "bucket \"" + key + "\" is not a " + bucketing.param()
                + " key like " + switch (bucketing) {
                    case YEAR -> "2016";
                    case QUARTER -> "2016-Q2";
                    case MONTH -> "2016-05";
                    case MEETING -> "admm-18";
                } + ".");
    }
}

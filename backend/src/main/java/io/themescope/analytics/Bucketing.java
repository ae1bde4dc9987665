package io.themescope.analytics;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How time is cut into buckets. Calendar buckets are generated between two dates so empty ones
 * exist; a meeting whose date is only known to the year cannot be placed in a quarter or month and
 * is left out there (with a warning) rather than pinned to January.
 */
public enum Bucketing {
    YEAR, QUARTER, MONTH, MEETING;

    public static Bucketing parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return YEAR;
        }
        for (Bucketing b : values()) {
            if (b.param().equals(value.strip())) {
                return b;
            }
        }
        throw new ApiValidationException(List.of(new ApiError(field, "enum", field + " must be one of "
                + String.join(", ", Arrays.stream(values()).map(Bucketing::param).toList()) + "; got \"" + value + "\".")));
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a meeting dated at {@code precision} (day, month, year) can be placed in these buckets. */
    public boolean accepts(String precision) {
        return switch (this) {
            case YEAR, MEETING -> true;
            case QUARTER, MONTH -> !"year".equals(precision);
        };
    }

    /** The calendar bucket holding {@code date}; not for {@link #MEETING}. */
    public Bucket bucketOf(LocalDate date) {
        return switch (this) {
            case YEAR -> {
                LocalDate start = LocalDate.of(date.getYear(), 1, 1);
                yield new Bucket(Integer.toString(date.getYear()), Integer.toString(date.getYear()), start,
                        start.plusYears(1).minusDays(1));
            }
            case QUARTER -> {
                int q = (date.getMonthValue() - 1) / 3 + 1;
                LocalDate start = LocalDate.of(date.getYear(), (q - 1) * 3 + 1, 1);
                yield new Bucket(date.getYear() + "-Q" + q, date.getYear() + " Q" + q, start,
                        start.plusMonths(3).minusDays(1));
            }
            case MONTH -> {
                LocalDate start = date.withDayOfMonth(1);
                yield new Bucket(start.toString().substring(0, 7),
                        start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear(), start,
                        start.plusMonths(1).minusDays(1));
            }
            case MEETING -> throw new IllegalStateException("meeting buckets come from the meetings themselves");
        };
    }

    /** Every calendar bucket from the one holding {@code from} to the one holding {@code to}. */
    public List<Bucket> between(LocalDate from, LocalDate to) {
        List<Bucket> out = new ArrayList<>();
        if (from == null || to == null || from.isAfter(to)) {
            return out;
        }
        Bucket b = bucketOf(from);
        while (!b.start().isAfter(to)) {
            out.add(b);
            b = bucketOf(b.end().plusDays(1));
        }
        return out;
    }

    /** The key of the bucket holding a meeting, or null when its precision does not fit. */
    public String keyOf(String meetingId, LocalDate date, String precision) {
        if (this == MEETING) {
            return meetingId;
        }
        return accepts(precision) ? bucketOf(date).key() : null;
    }
}

package io.themescope.web;

import io.themescope.clickhouse.StoredDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The {@code from}/{@code to} filter shared by every endpoint: a year ({@code 2016}) or a date
 * ({@code 2016-05-25}); a year means its first day as {@code from} and its last day as {@code to}.
 * Either end may be open (null), meaning all data on that side. Both ends must lie in the days
 * storage can hold ({@link StoredDates}); the year of the last such day ends on that day.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static Period parse(String from, String to) {
        java.util.List<ApiError> errors = new java.util.ArrayList<>();
        LocalDate f = bound("from", from, true, errors);
        LocalDate t = bound("to", to, false, errors);
        if (errors.isEmpty() && f != null && t != null && f.isAfter(t)) {
            errors.add(new ApiError("from", "before-to", "from (" + from + ") must not be after to (" + to + ")."));
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return new Period(f, t);
    }

    private static LocalDate bound(String name, String value, boolean start, java.util.List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            LocalDate date = null;
            if (YEAR.matcher(v).matches()) {
                int year = Integer.parseInt(v);
                date = start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
                if (!start && year == StoredDates.MAX.getYear()) {
                    date = StoredDates.MAX;
                }
            } else if (DATE.matcher(v).matches()) {
                date = LocalDate.parse(v);
            }
            if (date != null && !StoredDates.holds(date)) {
                errors.add(new ApiError(name, "range", name + " must lie between " + StoredDates.MIN + " and "
                        + StoredDates.MAX + ", the days storage can hold; got \"" + value + "\"."));
                return null;
            }
            if (date != null) {
                return date;
            }
        } catch (DateTimeException e) {
            errors.add(new ApiError(name, "date", name + " must be a year like 2016 or a real date like 2016-05-25;"
                    + " got \"" + value + "\"."));
            return null;
        }
        errors.add(new ApiError(name, "date", name + " must be a year like 2016 or a real date like 2016-05-25;"
                + " got \"" + value + "\"."));
        return null;
    }
}

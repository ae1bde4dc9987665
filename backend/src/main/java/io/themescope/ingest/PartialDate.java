package io.themescope.ingest;

import io.themescope.clickhouse.StoredDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the sources allow: a day, a month or only a year. The stored date is the
 * first day of the period; the precision travels with it, so a month or quarter chart can leave out
 * a meeting known only by year rather than pin it to 1 January.
 */
public record PartialDate(LocalDate date, Precision precision) {

    public enum Precision {
        DAY, MONTH, YEAR;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Precision fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws with a sentence on anything else. */
    public static PartialDate parse(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a date like 2016-05-25, 2016-05 or 2016");
        }
        int year = Integer.parseInt(m.group(1));
        PartialDate parsed;
        try {
            if (m.group(2) == null) {
                parsed = new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            } else if (m.group(3) == null) {
                parsed = new PartialDate(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), Precision.MONTH);
            } else {
                parsed = new PartialDate(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                        Precision.DAY);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text.strip() + " is not a real calendar date");
        }
        if (!StoredDates.holds(parsed.date())) {
            // the Date columns would silently store 1950 as 1970-01-01 and 2200 as 2149-06-06
            throw new IllegalArgumentException("must lie between " + StoredDates.MIN + " and " + StoredDates.MAX
                    + ", the days storage can hold");
        }
        return parsed;
    }

    /** The text form at this precision: {@code 2016-05-25}, {@code 2014-05} or {@code 2007}. */
    public String text() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}

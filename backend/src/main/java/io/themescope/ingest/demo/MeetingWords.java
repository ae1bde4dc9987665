package io.themescope.ingest.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * How the demo prose refers to a meeting: its ordinal label, host, venue and date, written only as
 * precisely as the facts allow ("in May 2014", "in 2007"). Names and month words are spelled out here
 * rather than taken from locale data, so the text cannot change with the JDK.
 */
final class MeetingWords {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] NEWS_MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec."};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final Map<String, String> COUNTRIES = Map.of(
            "BN", "Brunei Darussalam", "KH", "Cambodia", "ID", "Indonesia", "LA", "Lao PDR", "MY", "Malaysia",
            "MM", "Myanmar", "PH", "the Philippines", "SG", "Singapore", "TH", "Thailand", "VN", "Viet Nam");

    private MeetingWords() {
    }

    static String country(MeetingFact m) {
        String name = COUNTRIES.get(m.hostCountry());
        return name != null ? name : Locale.of("", m.hostCountry()).getDisplayCountry(Locale.ENGLISH);
    }

    /** Country name for the start of a sentence. */
    static String countryCapitalised(MeetingFact m) {
        String name = country(m);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "10th ADMM", "5th ADMM-Plus", or "ADMM 2007" when the number is unknown. */
    static String label(MeetingFact m) {
        return m.number() == null ? m.series() + " " + m.year() : ordinal(m.number()) + " " + m.series();
    }

    /** "10th ASEAN Defence Ministers' Meeting (ADMM)" and the ADMM-Plus equivalent. */
    static String longLabel(MeetingFact m) {
        String name = m.isPlus() ? "ASEAN Defence Ministers' Meeting-Plus" : "ASEAN Defence Ministers' Meeting";
        String prefix = m.number() == null ? "" : ordinal(m.number()) + " ";
        return prefix + name + " (" + m.series() + ")";
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = switch (lastTwo >= 11 && lastTwo <= 13 ? 0 : n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "in Hanoi, Viet Nam", "in Singapore", or "by video conference". */
    static String venue(MeetingFact m) {
        if (m.virtual()) {
            return "by video conference";
        }
        String country = country(m);
        return country.equals(m.hostCity()) ? "in " + m.hostCity() : "in " + m.hostCity() + ", " + country;
    }

    /** Venue followed by a time phrase, with the comma a "City, Country" venue needs before it. */
    static String venueThen(MeetingFact m, String when) {
        String venue = venue(m);
        return venue + (venue.contains(",") ? ", " : " ") + when;
    }

    /** "in Hanoi" or "by video conference", for headlines. */
    static String venueShort(MeetingFact m) {
        return m.virtual() ? "by video conference" : "in " + m.hostCity();
    }

    /** "9 December 2020", "May 2014" or "2007". */
    static String date(MeetingFact m) {
        LocalDate d = m.date();
        return switch (m.precision()) {
            case DAY -> d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
            case MONTH -> MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    /** "on 9 December 2020", "in May 2014" or "in 2007". */
    static String onDate(MeetingFact m) {
        return (m.precision() == DatePrecision.DAY ? "on " : "in ") + date(m);
    }

    /** When a next-day news report says the meeting happened: "on Tuesday", "in May", "in 2007". */
    static String newsWhen(MeetingFact m) {
        LocalDate d = m.date();
        return switch (m.precision()) {
            case DAY -> "on " + WEEKDAYS[d.getDayOfWeek().getValue() - 1];
            case MONTH -> "in " + MONTHS[d.getMonthValue() - 1];
            case YEAR -> "in " + d.getYear();
        };
    }

    /** "HANOI, Oct. 13" style dateline; the date only when it is known to the day. */
    static String dateline(MeetingFact m, LocalDate published) {
        String place = (m.virtual() ? country(m).replaceFirst("^the ", "") : m.hostCity()).toUpperCase(Locale.ROOT);
        if (m.precision() != DatePrecision.DAY) {
            return place;
        }
        return place + ", " + NEWS_MONTHS[published.getMonthValue() - 1] + " " + published.getDayOfMonth();
    }
}

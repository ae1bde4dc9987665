package io.themescope.meetings;

import java.time.LocalDate;

/**
 * A meeting as other responses cite it: id, series, number, date at its precision, host, and a
 * label like "18th ADMM — Vientiane (2024-11-20)" so every panel names a meeting the same way.
 */
public record MeetingRef(String id, String series, Integer number, LocalDate date, String datePrecision,
                         String hostCountry, String hostCity, String label) {

    public static MeetingRef of(String id, String series, Integer number, LocalDate date, String precision,
                                String hostCountry, String hostCity) {
        return new MeetingRef(id, series, number, date, precision, hostCountry, hostCity,
                label(series, number, date, precision, hostCountry, hostCity));
    }

    public static String label(String series, Integer number, LocalDate date, String precision, String hostCountry,
                               String hostCity) {
        String when = switch (precision == null ? "day" : precision) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> date.toString().substring(0, 7);
            default -> date.toString();
        };
        String name = number == null ? series : ordinal(number) + " " + series;
        String place = hostCity != null ? hostCity : hostCountry + ", virtual";
        return name + " — " + place + " (" + when + ")";
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}

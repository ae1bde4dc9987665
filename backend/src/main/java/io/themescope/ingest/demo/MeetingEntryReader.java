package io.themescope.ingest.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns one entry of the meetings array into a {@link MeetingFact}, checking each field. Kept apart
 * from the file-level reader so every error can be prefixed with the entry's position and identity.
 */
final class MeetingEntryReader {

    private static final Set<String> FIELDS = Set.of(
            "series", "number", "year", "date", "hostCountry", "hostCity", "virtual", "motto", "sources");
    private static final Set<String> SERIES = Set.of(MeetingFact.ADMM, MeetingFact.ADMM_PLUS);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final String where;
    private final JsonNode entry;

    private MeetingEntryReader(String where, JsonNode entry) {
        this.where = where;
        this.entry = entry;
    }

    static MeetingFact read(String origin, int index, JsonNode entry) {
        String where = origin + ": meetings[" + index + "]";
        if (entry == null || !entry.isObject()) {
            throw new InvalidMeetingDataException(where + ": expected a JSON object");
        }
        JsonNode series = entry.get("series");
        JsonNode number = entry.get("number");
        if (series != null && series.isString() && number != null && number.isIntegralNumber()) {
            where += " (" + series.stringValue() + " " + number.asString() + ")";
        }
        return new MeetingEntryReader(where, entry).read();
    }

    private MeetingFact read() {
        for (String name : entry.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw fail(name, "unknown field");
            }
        }
        String series = requiredString("series");
        if (!SERIES.contains(series)) {
            throw fail("series", "must be one of " + MeetingFact.ADMM + ", " + MeetingFact.ADMM_PLUS + " but was '" + series + "'");
        }
        Integer number = optionalInt("number", 1, 999);
        int year = requiredInt("year", 2006, 2100);
        String hostCountry = requiredString("hostCountry");
        if (!COUNTRIES.contains(hostCountry)) {
            throw fail("hostCountry", "'" + hostCountry + "' is not an ISO 3166-1 alpha-2 code in upper case");
        }
        String hostCity = optionalString("hostCity");
        boolean virtual = requiredBoolean("virtual");
        if (virtual && hostCity != null) {
            throw fail("hostCity", "must be null for a virtual meeting");
        }
        if (!virtual && hostCity == null) {
            throw fail("hostCity", "is required for a meeting held in person");
        }
        String motto = optionalString("motto");
        List<String> sources = sources();
        return dated(series, number, year, hostCountry, hostCity, virtual, motto, sources);
    }

    private MeetingFact dated(String series, Integer number, int year, String hostCountry, String hostCity,
            boolean virtual, String motto, List<String> sources) {
        String text = optionalString("date");
        LocalDate date;
        DatePrecision precision;
        try {
            if (text == null) {
                date = LocalDate.of(year, 1, 1);
                precision = DatePrecision.YEAR;
            } else if (DAY.matcher(text).matches()) {
                date = LocalDate.parse(text);
                precision = DatePrecision.DAY;
            } else if (MONTH.matcher(text).matches()) {
                date = YearMonth.parse(text).atDay(1);
                precision = DatePrecision.MONTH;
            } else {
                throw fail("date", "must be null, YYYY-MM or YYYY-MM-DD but was '" + text + "'");
            }
        } catch (DateTimeException e) {
            throw fail("date", "'" + text + "' is not a calendar date");
        }
        if (date.getYear() != year) {
            throw fail("date", "'" + text + "' does not fall in year " + year);
        }
        return new MeetingFact(series, number, year, date, precision, hostCountry, hostCity, virtual, motto, sources);
    }

    private List<String> sources() {
        JsonNode node = present("sources");
        if (!node.isArray() || node.isEmpty()) {
            throw fail("sources", "must be a non-empty array of URLs");
        }
        List<String> urls = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String field = "sources[" + i + "]";
            if (!item.isString()) {
                throw fail(field, "must be a string");
            }
            String url = item.stringValue();
            try {
                URI uri = new URI(url);
                boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                if (!web || uri.getHost() == null) {
                    throw fail(field, "'" + url + "' is not an http(s) URL");
                }
            } catch (URISyntaxException e) {
                throw fail(field, "'" + url + "' is not a valid URL: " + e.getReason());
            }
            urls.add(url);
        }
        return urls;
    }

    private JsonNode present(String field) {
        JsonNode node = entry.get(field);
        if (node == null) {
            throw fail(field, "is missing (write null if it is unknown)");
        }
        return node;
    }

    private String requiredString(String field) {
        String value = optionalString(field);
        if (value == null) {
            throw fail(field, "must not be null");
        }
        return value;
    }

    private String optionalString(String field) {
        JsonNode node = present(field);
        if (node.isNull()) {
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            throw fail(field, "must be a non-blank string or null");
        }
        return node.stringValue();
    }

    private int requiredInt(String field, int min, int max) {
        Integer value = optionalInt(field, min, max);
        if (value == null) {
            throw fail(field, "must not be null");
        }
        return value;
    }

    private Integer optionalInt(String field, int min, int max) {
        JsonNode node = present(field);
        if (node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw fail(field, "must be a whole number from " + min + " to " + max + " but was " + node);
        }
        return node.intValue();
    }

    private boolean requiredBoolean(String field) {
        JsonNode node = present(field);
        if (!node.isBoolean()) {
            throw fail(field, "must be true or false but was " + node);
        }
        return node.booleanValue();
    }

    private InvalidMeetingDataException fail(String field, String problem) {
        return new InvalidMeetingDataException(where + ": field '" + field + "' " + problem);
    }
}

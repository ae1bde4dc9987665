package io.themescope.ingest;

import io.themescope.web.ApiError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ingest rule of the request parser, with the exact field, rule and sentence a client gets
 * back. The HTTP endpoints and the CLI import share this parser, so a changed message here changes
 * what every caller sees; these tests make such a change deliberate.
 */
class DocumentRequestParserTest {

    private static final String TOP_FIELDS = "kind, language, meeting, meetingId, publishedOn, sourceUrl, synthetic, text, title";
    private static final String MEETING_FIELDS = "date, hostCity, hostCountry, number, series, title";

    private final DocumentRequestParser parser = new DocumentRequestParser(JsonMapper.builder().build());

    private DocumentRequestParser.Result parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<ApiError> errors(String json) {
        DocumentRequestParser.Result r = parse(json);
        assertThat(r.ok()).as("expected a rejection of %s", json).isFalse();
        assertThat(r.document()).isNull();
        return r.errors();
    }

    /** A valid document with {@code meeting} and the other fields swapped in as raw JSON fragments. */
    private static String doc(String text, String meeting) {
        return """
                {"title": "Joint Declaration", "kind": "joint-declaration", "text": %s, "meeting": %s}
                """.formatted(text, meeting);
    }

    private static String meeting(String date, String host) {
        return """
                {"series": "ADMM", "number": 18, "date": %s, "hostCountry": %s, "hostCity": "Vientiane"}
                """.formatted(date, host);
    }

    private static final String GOOD_MEETING = meeting("\"2024-11-20\"", "\"LA\"");

    @Test
    void acceptsACompleteDocumentAndKeepsEveryField() {
        DocumentRequestParser.Result r = parse("""
                {"title": "  Joint Declaration of the 18th ADMM  ", "kind": "joint-declaration",
                 "publishedOn": "2024-11-21", "sourceUrl": "https://asean.org/jd-18th-admm",
                 "language": "en-GB", "synthetic": false,
                 "meeting": {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA",
                             "hostCity": " Vientiane ", "title": "ASEAN: Enhancing Connectivity and Resilience"},
                 "text": "The Ministers reaffirmed ASEAN unity."}
                """);

        assertThat(r.ok()).isTrue();
        assertThat(r.errors()).isEmpty();
        assertThat(r.document()).isEqualTo(new NewDocument("Joint Declaration of the 18th ADMM", "joint-declaration",
                LocalDate.of(2024, 11, 21), "https://asean.org/jd-18th-admm", "en-GB",
                new NewDocument.MeetingInput("ADMM", 18, new PartialDate(LocalDate.of(2024, 11, 20),
                        PartialDate.Precision.DAY), "LA", "Vientiane", "ASEAN: Enhancing Connectivity and Resilience"),
                "The Ministers reaffirmed ASEAN unity.", false));
        assertThat(r.document().meeting().id()).isEqualTo("admm-18");
    }

    @Test
    void optionalFieldsDefault() {
        DocumentRequestParser.Result r = parse("""
                {"title": "T", "kind": "speech", "text": "Some text.",
                 "meeting": {"series": "ADMM-Plus", "date": "2017-10-24", "hostCountry": "PH"}}
                """);

        assertThat(r.document()).isEqualTo(new NewDocument("T", "speech", null, null, "en",
                new NewDocument.MeetingInput("ADMM-Plus", null, new PartialDate(LocalDate.of(2017, 10, 24),
                        PartialDate.Precision.DAY), "PH", null, null), "Some text.", false));
        // an unnumbered meeting is known by series and date
        assertThat(r.document().meeting().id()).isEqualTo("admm-plus-2017-10-24");
    }

    @Test
    void syntheticFlagIsRead() {
        DocumentRequestParser.Result r = parse("""
                {"title": "T", "kind": "other", "text": "x", "synthetic": true,
                 "meeting": {"series": "ADMM", "number": 1, "date": "2006-05-09", "hostCountry": "MY"}}
                """);

        assertThat(r.document().synthetic()).isTrue();
    }

    @Test
    void textIsRequiredAndMustNotBeEmpty() {
        assertThat(errors("""
                {"title": "T", "kind": "speech", "meeting": %s}
                """.formatted(GOOD_MEETING)))
                .containsExactly(new ApiError("text", "required", "text is required."));
        assertThat(errors(doc("null", GOOD_MEETING)))
                .containsExactly(new ApiError("text", "required", "text is required."));
        assertThat(errors(doc("\"\"", GOOD_MEETING)))
                .containsExactly(new ApiError("text", "not-empty", "text must not be empty."));
        assertThat(errors(doc("\" \\n\\t \"", GOOD_MEETING)))
                .containsExactly(new ApiError("text", "not-empty", "text must not be empty."));
        assertThat(errors(doc("42", GOOD_MEETING)))
                .containsExactly(new ApiError("text", "type", "text must be a string."));
    }

    @Test
    void titleAndKindAreRequiredStrings() {
        assertThat(errors("""
                {"text": "x", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(
                new ApiError("title", "required", "title is required."),
                new ApiError("kind", "required", "kind is required."));
        assertThat(errors("""
                {"title": " ", "kind": 3, "text": "x", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(
                new ApiError("title", "not-empty", "title must not be empty."),
                new ApiError("kind", "type", "kind must be a string."));
    }

    @Test
    void titleHasAMaximumLength() {
        String ok = "x".repeat(1000);
        assertThat(parse("""
                {"title": "%s", "kind": "speech", "text": "x", "meeting": %s}
                """.formatted(ok, GOOD_MEETING)).ok()).isTrue();
        assertThat(errors("""
                {"title": "%s", "kind": "speech", "text": "x", "meeting": %s}
                """.formatted(ok + "x", GOOD_MEETING)))
                .containsExactly(new ApiError("title", "max-length", "title must be at most 1000 characters."));
    }

    @Test
    void unknownKindListsTheKnownOnes() {
        assertThat(errors("""
                {"title": "T", "kind": "communique", "text": "x", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(new ApiError("kind", "enum",
                "kind must be one of chairman-statement, joint-declaration, news-report, other, speech;"
                        + " got \"communique\"."));
        // kinds are case-sensitive ids, not free text
        assertThat(errors("""
                {"title": "T", "kind": "Speech", "text": "x", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(new ApiError("kind", "enum",
                "kind must be one of chairman-statement, joint-declaration, news-report, other, speech;"
                        + " got \"Speech\"."));
    }

    @Test
    void hostCountryMustBeAnIsoAlpha2CodeInCapitals() {
        for (String bad : List.of("la", "ZZ", "LAO", "Laos")) {
            assertThat(errors(doc("\"x\"", meeting("\"2024-11-20\"", "\"" + bad + "\"")))).as(bad)
                    .containsExactly(new ApiError("meeting.hostCountry", "iso-3166-1-alpha-2",
                            "meeting.hostCountry must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \""
                                    + bad + "\"."));
        }
        assertThat(errors(doc("\"x\"", "{\"series\": \"ADMM\", \"date\": \"2024\"}")))
                .containsExactly(new ApiError("meeting.hostCountry", "required", "meeting.hostCountry is required."));
    }

    @Test
    void meetingDateMustBeADateAMonthOrAYear() {
        for (String bad : List.of("20-11-2024", "2024/11/20", "2024-11-20T10:00", "2024-1-5", "24", "November 2024")) {
            assertThat(errors(doc("\"x\"", meeting("\"" + bad + "\"", "\"LA\"")))).as(bad)
                    .containsExactly(new ApiError("meeting.date", "date",
                            "meeting.date must be a date like 2016-05-25, 2016-05 or 2016; got \"" + bad + "\"."));
        }
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThat(errors(doc("\"x\"", meeting("\"2023-02-30\"", "\"LA\"")))).containsExactly(
                new ApiError("meeting.date", "date",
                        "meeting.date 2023-02-30 is not a real calendar date; got \"2023-02-30\"."));
        assertThat(errors(doc("\"x\"", meeting("\"2014-13\"", "\"LA\"")))).containsExactly(
                new ApiError("meeting.date", "date", "meeting.date 2014-13 is not a real calendar date; got \"2014-13\"."));
        assertThat(errors(doc("\"x\"", meeting("\"1899\"", "\"LA\"")))).containsExactly(
                new ApiError("meeting.date", "date", "meeting.date must lie between 1970-01-01 and 2149-06-06, the days"
                        + " storage can hold; got \"1899\"."));
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "publishedOn": "1969-12-31", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(new ApiError("publishedOn", "range",
                "publishedOn must lie between 1970-01-01 and 2149-06-06, the days storage can hold; got \"1969-12-31\"."));
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "publishedOn": "+99999-01-01", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(new ApiError("publishedOn", "range",
                "publishedOn must lie between 1970-01-01 and 2149-06-06, the days storage can hold; got \"+99999-01-01\"."));
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "publishedOn": "2023-02-30", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(new ApiError("publishedOn", "date",
                "publishedOn must be a real calendar date like 2016-05-25; got \"2023-02-30\"."));
        // publishedOn is a full date: a month alone is not enough
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "publishedOn": "2023-02", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(new ApiError("publishedOn", "date",
                "publishedOn must be a real calendar date like 2016-05-25; got \"2023-02\"."));
    }

    @Test
    void partialMeetingDatesKeepTheirPrecision() {
        NewDocument month = parse(doc("\"x\"", """
                {"series": "ADMM Retreat", "date": "2014-05", "hostCountry": "MM"}""")).document();
        NewDocument year = parse(doc("\"x\"", """
                {"series": "ADMM", "number": 1, "date": "2007", "hostCountry": "SG"}""")).document();

        assertThat(month.meeting().date()).isEqualTo(new PartialDate(LocalDate.of(2014, 5, 1), PartialDate.Precision.MONTH));
        assertThat(month.meeting().id()).isEqualTo("admm-retreat-2014-05");
        assertThat(year.meeting().date()).isEqualTo(new PartialDate(LocalDate.of(2007, 1, 1), PartialDate.Precision.YEAR));
        assertThat(year.meeting().id()).isEqualTo("admm-1");
    }

    @Test
    void meetingNumberIsAWholeNumberInRange() {
        for (String bad : List.of("0", "10000", "1.5", "\"18\"", "-3", "99999999999")) {
            assertThat(errors(doc("\"x\"", """
                    {"series": "ADMM", "number": %s, "date": "2024", "hostCountry": "LA"}""".formatted(bad)))).as(bad)
                    .containsExactly(new ApiError("meeting.number", "range",
                            "meeting.number must be a whole number from 1 to 9999."));
        }
    }

    @Test
    void otherFieldRules() {
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "sourceUrl": "ftp://asean.org/x", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(
                new ApiError("sourceUrl", "url", "sourceUrl must be an absolute http or https URL."));
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "sourceUrl": "asean.org/x", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(
                new ApiError("sourceUrl", "url", "sourceUrl must be an absolute http or https URL."));
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "language": "EN", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(
                new ApiError("language", "bcp47", "language must be a language tag like en or fil-PH."));
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "synthetic": "yes", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(
                new ApiError("synthetic", "type", "synthetic must be true or false."));
        assertThat(errors(doc("\"x\"", """
                {"series": "#ADMM", "date": "2024", "hostCountry": "LA"}"""))).containsExactly(
                new ApiError("meeting.series", "pattern", "meeting.series must be 1–64 letters, digits, spaces"
                        + " or . + & ( ) -, like ADMM or ADMM-Plus."));
        assertThat(errors(doc("\"x\"", """
                {"series": "ADMM", "date": "2024", "hostCountry": "LA", "hostCity": 7}"""))).containsExactly(
                new ApiError("meeting.hostCity", "type", "meeting.hostCity must be a string."));
    }

    @Test
    void meetingIsARequiredObject() {
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x"}
                """)).containsExactly(new ApiError("meeting", "required", "meeting is required."));
        assertThat(errors(doc("\"x\"", "\"admm-18\""))).containsExactly(
                new ApiError("meeting", "type", "meeting must be an object."));
        assertThat(errors(doc("\"x\"", "{}"))).containsExactly(
                new ApiError("meeting.series", "required", "meeting.series is required."),
                new ApiError("meeting.date", "required", "meeting.date is required."),
                new ApiError("meeting.hostCountry", "required", "meeting.hostCountry is required."));
    }

    @Test
    void unknownFieldsAreNamedAtTheTopAndInTheMeeting() {
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "author": "Secretariat",
                 "meeting": {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA",
                             "venue": "National Convention Centre"}}
                """)).containsExactly(
                new ApiError("author", "unknown-field", "Unknown field author; known fields are " + TOP_FIELDS + "."),
                new ApiError("meeting.venue", "unknown-field",
                        "Unknown field meeting.venue; known fields are " + MEETING_FIELDS + "."));
    }

    @Test
    void reportsEveryProblemAtOnceInFieldOrder() {
        assertThat(errors("""
                {"kind": "communique", "publishedOn": "2016-5-25", "author": "x",
                 "meeting": {"series": "ADMM", "number": 0, "date": "2023-02-30", "hostCountry": "la"},
                 "text": ""}
                """)).containsExactly(
                new ApiError("author", "unknown-field", "Unknown field author; known fields are " + TOP_FIELDS + "."),
                new ApiError("title", "required", "title is required."),
                new ApiError("kind", "enum", "kind must be one of chairman-statement, joint-declaration, news-report,"
                        + " other, speech; got \"communique\"."),
                new ApiError("publishedOn", "date",
                        "publishedOn must be a real calendar date like 2016-05-25; got \"2016-5-25\"."),
                new ApiError("text", "not-empty", "text must not be empty."),
                new ApiError("meeting.number", "range", "meeting.number must be a whole number from 1 to 9999."),
                new ApiError("meeting.date", "date",
                        "meeting.date 2023-02-30 is not a real calendar date; got \"2023-02-30\"."),
                new ApiError("meeting.hostCountry", "iso-3166-1-alpha-2", "meeting.hostCountry must be an ISO 3166-1"
                        + " alpha-2 code in capitals, like LA or MY; got \"la\"."));
    }

    @Test
    void bodyMustBeStrictUtf8() {
        byte[] json = doc("\"caf\u00e9\"", GOOD_MEETING).getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = doc("\"caf\u00e9\"", GOOD_MEETING).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(parser.parse(json).document().text()).isEqualTo("caf\u00e9");
        assertThat(parser.parse(latin1).errors())
                .containsExactly(new ApiError("body", "utf-8", "The body is not valid UTF-8."));
        // a lone continuation byte and an overlong encoding of '/' are both malformed
        assertThat(parser.parse(new byte[] {'{', (byte) 0x80, '}'}).errors())
                .containsExactly(new ApiError("body", "utf-8", "The body is not valid UTF-8."));
        assertThat(parser.parse(new byte[] {'{', (byte) 0xC0, (byte) 0xAF, '}'}).errors())
                .containsExactly(new ApiError("body", "utf-8", "The body is not valid UTF-8."));
    }

    @Test
    void bodyMustBeAJsonObject() {
        ApiError notObject = new ApiError("body", "json-object", "The body must be a JSON object.");
        for (String body : List.of("[1, 2]", "\"text\"", "42", "null", "true", "", "   ")) {
            assertThat(errors(body)).as(body).containsExactly(notObject);
        }
    }

    @Test
    void malformedJsonIsReportedWithTheParsersReason() {
        assertThat(errors("{\"title\":")).containsExactly(new ApiError("body", "json",
                "The body is not valid JSON: Unexpected end-of-input within/between Object entries"));
        assertThat(errors("{'title': 'T'}")).containsExactly(new ApiError("body", "json",
                "The body is not valid JSON: Unexpected character (''' (code 39)): was expecting double-quote to"
                        + " start property name"));
    }

    @Test
    void aRepeatedPropertyIsRejectedNotSilentlyOverwritten() {
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "Unity matters.", "text": "Maritime security.", "meeting": %s}
                """.formatted(GOOD_MEETING))).containsExactly(new ApiError("body", "json",
                "The body is not valid JSON: Duplicate Object property \"text\""));
        assertThat(errors(doc("\"x\"", """
                {"series": "ADMM", "hostCountry": "LA", "date": "2024", "hostCountry": "MY"}"""))).containsExactly(
                new ApiError("body", "json", "The body is not valid JSON: Duplicate Object property \"hostCountry\""));
    }

    @Test
    void ndjsonLinesThatAreBlankAreSkippedNotRejected() {
        assertThat(parser.parseLine(new byte[0]).blank()).isTrue();
        assertThat(parser.parseLine(" \t\r".getBytes(StandardCharsets.UTF_8)).blank()).isTrue();
        assertThat(parser.parseLine(doc("\"x\"", GOOD_MEETING).getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        DocumentRequestParser.Result bad = parser.parseLine("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.blank()).isFalse();
        assertThat(bad.ok()).isFalse();
    }

    @Test
    void meetingLabelsAndSourceUrlsHaveALengthLimit() {
        String city = "c".repeat(201);
        String title = "t".repeat(1001);
        String url = "https://example.org/" + "u".repeat(2048);
        assertThat(errors("""
                {"title": "T", "kind": "speech", "text": "x", "sourceUrl": "%s",
                 "meeting": {"series": "ADMM", "number": 18, "date": "2024-11-20", "hostCountry": "LA",
                             "hostCity": "%s", "title": "%s"}}""".formatted(url, city, title)))
                .containsExactly(
                        new ApiError("sourceUrl", "max-length", "sourceUrl must be at most 2048 characters."),
                        new ApiError("meeting.hostCity", "max-length", "meeting.hostCity must be at most 200 characters."),
                        new ApiError("meeting.title", "max-length", "meeting.title must be at most 1000 characters."));
    }
}

package io.themescope.ingest;

import io.themescope.clickhouse.StoredDates;
import io.themescope.web.ApiError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns one JSON document (a request body or an NDJSON line) into a {@link NewDocument}, or into
 * the complete list of what is wrong with it: strict UTF-8, unknown fields named rather than
 * dropped, each field checked against its rule. Nothing reaches storage until all rules pass.
 */
public final class DocumentRequestParser {

    public static final Set<String> KINDS = Set.of("joint-declaration", "chairman-statement", "news-report",
            "speech", "other");
    private static final Set<String> TOP_FIELDS = Set.of("title", "kind", "publishedOn", "sourceUrl", "language",
            "meeting", "meetingId", "text", "synthetic");
    private static final Set<String> MEETING_FIELDS = Set.of("series", "number", "date", "hostCountry", "hostCity",
            "title");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern MEETING_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
    private static final Pattern SERIES = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .+&()-]{0,63}");
    static final int MAX_TITLE = 1000;
    static final int MAX_CITY = 200;
    static final int MAX_URL = 2048;

    private final ObjectReader reader;

    /** A repeated property is an error, not "the last one wins": a second text or meeting must not slip in unseen. */
    public DocumentRequestParser(JsonMapper mapper) {
        this.reader = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /** The outcome of parsing: exactly one of {@code document} and a non-empty {@code errors}. */
    public record Result(NewDocument document, List<ApiError> errors) {
        /** An empty NDJSON line: skipped, but it still counts for line numbers. */
        static final Result BLANK = new Result(null, List.of());

        public boolean ok() {
            return document != null;
        }

        public boolean blank() {
            return document == null && errors.isEmpty();
        }
    }

    /** Parses an NDJSON line: a blank line gives {@link Result#BLANK}. */
    public Result parseLine(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return parse(line);
            }
        }
        return Result.BLANK;
    }

    public Result parse(byte[] body) {
        String json = strictUtf8(body);
        if (json == null) {
            return failed(new ApiError("body", "utf-8", "The body is not valid UTF-8."));
        }
        JsonNode root;
        try {
            root = reader.readTree(json);
        } catch (JacksonException e) {
            return failed(new ApiError("body", "json", "The body is not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return failed(new ApiError("body", "json-object", "The body must be a JSON object."));
        }
        return parse(root);
    }

    public Result parse(JsonNode root) {
        return parse(root, null);
    }

    private Result parse(JsonNode root, Source source) {
        List<ApiError> errors = new ArrayList<>();
        unknownFields(root, TOP_FIELDS, "", errors);

        String title = requiredString(root, "title", "title", errors);
        if (title != null && title.length() > MAX_TITLE) {
            errors.add(new ApiError("title", "max-length", "title must be at most " + MAX_TITLE + " characters."));
        }
        String kind = requiredString(root, "kind", "kind", errors);
        if (kind != null && !KINDS.contains(kind)) {
            errors.add(new ApiError("kind", "enum", "kind must be one of " + String.join(", ", new TreeSet<>(KINDS))
                    + "; got \"" + kind + "\"."));
        }
        LocalDate publishedOn = null;
        String published = optionalString(root, "publishedOn", "publishedOn", errors);
        if (published != null) {
            try {
                publishedOn = LocalDate.parse(published);
            } catch (DateTimeException e) {
                errors.add(new ApiError("publishedOn", "date", "publishedOn must be a real calendar date like"
                        + " 2016-05-25; got \"" + published + "\"."));
            }
            if (publishedOn != null && !StoredDates.holds(publishedOn)) {
                errors.add(new ApiError("publishedOn", "range", "publishedOn must lie between " + StoredDates.MIN
                        + " and " + StoredDates.MAX + ", the days storage can hold; got \"" + published + "\"."));
                publishedOn = null;
            }
        }
        String sourceUrl = optionalString(root, "sourceUrl", "sourceUrl", errors);
        maxLength(sourceUrl, MAX_URL, "sourceUrl", errors);
        if (sourceUrl != null && sourceUrl.length() <= MAX_URL && !isHttpUrl(sourceUrl)) {
            errors.add(new ApiError("sourceUrl", "url", "sourceUrl must be an absolute http or https URL."));
        }
        String language = optionalString(root, "language", "language", errors);
        if (language == null) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            errors.add(new ApiError("language", "bcp47", "language must be a language tag like en or fil-PH."));
        }
        String text = null;
        JsonNode textNode = root.get("text");
        if (textNode == null || textNode.isNull()) {
            errors.add(new ApiError("text", "required", "text is required."));
        } else if (!textNode.isString()) {
            errors.add(new ApiError("text", "type", "text must be a string."));
        } else if (!wellFormed(textNode.stringValue())) {
            errors.add(notUnicode("text"));
        } else if (textNode.stringValue().isBlank()) {
            errors.add(new ApiError("text", "not-empty", "text must not be empty."));
        } else {
            text = textNode.stringValue();
        }
        boolean synthetic = false;
        JsonNode syntheticNode = root.get("synthetic");
        if (syntheticNode != null && !syntheticNode.isNull()) {
            if (syntheticNode.isBoolean()) {
                synthetic = syntheticNode.booleanValue();
            } else {
                errors.add(new ApiError("synthetic", "type", "synthetic must be true or false."));
            }
        }
        NewDocument.MeetingInput meeting;
        JsonNode meetingNode = root.get("meeting");
        boolean hasMeeting = meetingNode != null && !meetingNode.isNull();
        if (root.hasNonNull("meetingId")) {
            meeting = null;
            String ref = requiredString(root, "meetingId", "meetingId", errors);
            if (hasMeeting) {
                errors.add(new ApiError("meetingId", "one-of", "Give either meeting (the meeting's facts) or"
                        + " meetingId (a stored meeting's id), not both."));
            } else if (ref != null && !MEETING_ID.matcher(ref).matches()) {
                errors.add(new ApiError("meetingId", "pattern", "meetingId must be a stored meeting's id like"
                        + " admm-18 (lower-case letters, digits, . and -)."));
            } else if (ref != null) {
                meeting = NewDocument.MeetingInput.reference(ref);
            }
        } else if (!hasMeeting) {
            meeting = null;
            errors.add(new ApiError("meeting", "required", "meeting is required."));
        } else {
            meeting = meeting(meetingNode, errors);
        }

        if (!errors.isEmpty()) {
            return new Result(null, io.themescope.web.ApiValidationException.capped(errors));
        }
        return new Result(new NewDocument(title.strip(), kind, publishedOn, sourceUrl, language, meeting, text,
                synthetic, source), List.of());
    }

    /**
     * The metadata part of a file upload: today's JSON document without {@code text}, which the
     * converted file supplies; a title or publication date the file offers (an HTML page's title,
     * its article:published_time) fills in what the metadata leaves out.
     */
    public Result parseMetadata(byte[] body, Source source) {
        Syntax syntax = parseSyntax(body);
        if (syntax.failure() != null) {
            return syntax.failure();
        }
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) syntax.root();
        if (root.has("text")) {
            return failed(new ApiError("metadata.text", "from-file", "text comes from the file part; leave it"
                    + " out of metadata."));
        }
        var c = source.conversion();
        root.put("text", c.text());
        if (!root.hasNonNull("title") && c.title() != null) {
            root.put("title", c.title());
        }
        if (!root.hasNonNull("publishedOn") && c.publishedOn() != null && StoredDates.holds(c.publishedOn())) {
            root.put("publishedOn", c.publishedOn().toString());
        }
        return parse(root, source);
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8 (no replacement characters slip in). */
    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A JSON object read from the metadata part, or why it could not be. */
    private record Syntax(JsonNode root, Result failure) {
    }

    /** Strict UTF-8 and a JSON object. */
    private Syntax parseSyntax(byte[] body) {
        String json = strictUtf8(body);
        if (json == null) {
            return new Syntax(null, failed(new ApiError("metadata", "utf-8", "The metadata part is not valid UTF-8.")));
        }
        JsonNode root;
        try {
            root = reader.readTree(json);
        } catch (JacksonException e) {
            return new Syntax(null, failed(new ApiError("metadata", "json", "The metadata part is not valid JSON: "
                    + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            return new Syntax(null, failed(new ApiError("metadata", "json-object", "The metadata part must be a JSON object.")));
        }
        return new Syntax(root, null);
    }

    private NewDocument.MeetingInput meeting(JsonNode node, List<ApiError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new ApiError("meeting", "required", "meeting is required."));
            return null;
        }
        if (!node.isObject()) {
            errors.add(new ApiError("meeting", "type", "meeting must be an object."));
            return null;
        }
        int before = errors.size();
        unknownFields(node, MEETING_FIELDS, "meeting.", errors);
        String series = requiredString(node, "series", "meeting.series", errors);
        if (series != null && !SERIES.matcher(series).matches()) {
            errors.add(new ApiError("meeting.series", "pattern", "meeting.series must be 1–64 letters, digits,"
                    + " spaces or . + & ( ) -, like ADMM or ADMM-Plus."));
        }
        Integer number = null;
        JsonNode numberNode = node.get("number");
        if (numberNode != null && !numberNode.isNull()) {
            if (!numberNode.isIntegralNumber() || !numberNode.canConvertToInt() || numberNode.intValue() < 1
                    || numberNode.intValue() > 9999) {
                errors.add(new ApiError("meeting.number", "range", "meeting.number must be a whole number from 1 to 9999."));
            } else {
                number = numberNode.intValue();
            }
        }
        PartialDate date = null;
        String dateText = requiredString(node, "date", "meeting.date", errors);
        if (dateText != null) {
            try {
                date = PartialDate.parse(dateText);
            } catch (IllegalArgumentException e) {
                errors.add(new ApiError("meeting.date", "date", "meeting.date " + e.getMessage() + "; got \""
                        + dateText + "\"."));
            }
        }
        String host = requiredString(node, "hostCountry", "meeting.hostCountry", errors);
        if (host != null && !COUNTRIES.contains(host)) {
            errors.add(new ApiError("meeting.hostCountry", "iso-3166-1-alpha-2", "meeting.hostCountry must be an"
                    + " ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \"" + host + "\"."));
        }
        String hostCity = optionalString(node, "hostCity", "meeting.hostCity", errors);
        String title = optionalString(node, "title", "meeting.title", errors);
        maxLength(hostCity, MAX_CITY, "meeting.hostCity", errors);
        maxLength(title, MAX_TITLE, "meeting.title", errors);
        if (errors.size() > before) {
            return null;
        }
        return new NewDocument.MeetingInput(series.strip(), number, date, host, blankToNull(hostCity), blankToNull(title));
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<ApiError> errors) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                errors.add(new ApiError(prefix + e.getKey(), "unknown-field", "Unknown field " + prefix + e.getKey()
                        + "; known fields are " + String.join(", ", new TreeSet<>(known)) + "."));
            }
        }
    }

    private static String requiredString(JsonNode node, String name, String path, List<ApiError> errors) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            errors.add(new ApiError(path, "required", path + " is required."));
            return null;
        }
        if (!v.isString()) {
            errors.add(new ApiError(path, "type", path + " must be a string."));
            return null;
        }
        if (!wellFormed(v.stringValue())) {
            errors.add(notUnicode(path));
            return null;
        }
        if (v.stringValue().isBlank()) {
            errors.add(new ApiError(path, "not-empty", path + " must not be empty."));
            return null;
        }
        return v.stringValue();
    }

    private static String optionalString(JsonNode node, String name, String path, List<ApiError> errors) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            errors.add(new ApiError(path, "type", path + " must be a string."));
            return null;
        }
        if (!wellFormed(v.stringValue())) {
            errors.add(notUnicode(path));
            return null;
        }
        return v.stringValue().isBlank() ? null : v.stringValue().strip();
    }

    /**
     * Whether every UTF-16 surrogate is half of a pair. JSON escapes let a lone one through
     * ({@code "\ud800"}); it is no character, and the engine rejects it (a 500 after the meeting row
     * was written) or stores U+FFFD, so the stored text would differ from the one hashed and counted.
     */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static ApiError notUnicode(String path) {
        return new ApiError(path, "unicode", path + " must be valid Unicode; it has a lone surrogate escape like \\ud800.");
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && Arrays.asList("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A rejection with one error; also used for NDJSON lines refused before parsing. */
    static Result failed(ApiError error) {
        return new Result(null, List.of(error));
    }

    private static void maxLength(String value, int max, String field, List<ApiError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new ApiError(field, "max-length", field + " must be at most " + max + " characters."));
        }
    }
}

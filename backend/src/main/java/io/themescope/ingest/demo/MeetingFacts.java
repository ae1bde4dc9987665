package io.themescope.ingest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the real meeting facts bundled with the application. The resource is the only source at run
 * time, and it is validated strictly (unknown or missing fields, duplicates) because a typo there
 * would silently distort every demo chart.
 */
public final class MeetingFacts {

    /** Classpath location of the bundled facts. */
    public static final String RESOURCE = "/meetings/admm-meetings.json";

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("description", "dateNote", "meetings");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private MeetingFacts() {
    }

    /** All meetings from the bundled resource, in the order the resource lists them. */
    public static List<MeetingFact> load() {
        try (InputStream in = MeetingFacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidMeetingDataException("meeting facts resource " + RESOURCE + " is not on the classpath");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    /** Parses and validates meeting facts in the resource's format; {@code origin} names the input in errors. */
    public static List<MeetingFact> parse(InputStream json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidMeetingDataException(origin + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMeetingDataException(origin + ": expected a JSON object at the top level");
        }
        for (String name : root.propertyNames()) {
            if (!TOP_LEVEL_FIELDS.contains(name)) {
                throw new InvalidMeetingDataException(origin + ": unknown top-level field '" + name + "'");
            }
        }
        JsonNode entries = root.get("meetings");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new InvalidMeetingDataException(origin + ": field 'meetings' must be a non-empty array");
        }
        List<MeetingFact> meetings = new ArrayList<>(entries.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            MeetingFact fact = MeetingEntryReader.read(origin, i, entries.get(i));
            if (fact.number() != null) {
                Integer earlier = seen.putIfAbsent(fact.series() + " " + fact.number(), i);
                if (earlier != null) {
                    throw new InvalidMeetingDataException(origin + ": meetings[" + i + "] (" + fact.series() + " "
                            + fact.number() + "): field 'number' repeats meetings[" + earlier + "]");
                }
            }
            meetings.add(fact);
        }
        return List.copyOf(meetings);
    }
}

package io.themescope.ingest.demo;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The themes the demo corpus plants, each with the exact surface phrases the generator writes for it.
 * The phrases are the contract with tests: every occurrence of one in a demo text is a planned
 * mention, and no phrase of one theme contains a phrase of another. Declaration order is the order
 * in which a document discusses them.
 */
public enum DemoTheme {
    GEOPOLITICAL_SHIFTS("geopolitical-shifts", "geopolitical shifts", "geo-political shifts", "geopolitical shift",
            "shifting geopolitical landscape", "geopolitical uncertainties", "geopolitical changes"),
    MAJOR_POWER_RIVALRY("major-power-rivalry", "major power rivalry", "major-power rivalry", "major power rivalries",
            "great power competition", "great-power competition", "great power rivalry",
            "strategic competition among major powers"),
    ARMS_RACE("arms-race", "arms race", "arms races", "arms build-up"),
    RULES_BASED_ORDER("rules-based-order", "rules-based order", "rules-based regional order",
            "rules-based international order", "rules-based regional architecture"),
    UNITY("unity", "unity", "solidarity"),
    ASEAN_CENTRALITY("asean-centrality", "ASEAN centrality", "centrality of ASEAN", "ASEAN's centrality", "centrality"),
    SOUTH_CHINA_SEA("south-china-sea", "South China Sea"),
    MARITIME_SECURITY("maritime-security", "maritime security", "freedom of navigation and overflight",
            "freedom of navigation", "maritime domain awareness", "safety of navigation"),
    NUCLEAR_AND_WMD("nuclear-and-wmd", "weapons of mass destruction", "nuclear weapons", "nuclear weapon-free zone",
            "non-proliferation", "denuclearisation"),
    NON_TRADITIONAL_THREATS("non-traditional-threats", "non-traditional security threats",
            "non-traditional security challenges", "non-traditional security issues", "non-traditional threats"),
    TERRORISM("terrorism", "terrorism", "counter-terrorism", "terrorist threats", "terrorist groups",
            "violent extremism"),
    TRANSNATIONAL_CRIME("transnational-crime", "transnational crime", "transnational crimes", "trafficking in persons",
            "drug trafficking", "people smuggling"),
    CYBERSECURITY("cybersecurity", "cybersecurity", "cyber security", "cyber threats", "cyber-attacks", "cyberspace"),
    PANDEMIC_AND_HEALTH("pandemic-and-health", "COVID-19 pandemic", "COVID-19", "pandemic", "pandemics",
            "pandemic influenza", "military medicine", "infectious diseases", "public health emergencies"),
    CLIMATE_CHANGE("climate-change", "climate change", "changing climate", "climate-related risks",
            "climate-related hazards"),
    NATURAL_DISASTERS("natural-disasters", "natural disasters", "natural disaster", "Indian Ocean tsunami",
            "Cyclone Nargis", "Typhoon Haiyan"),
    HADR("hadr", "humanitarian assistance and disaster relief (HADR)", "humanitarian assistance and disaster relief",
            "HADR", "disaster relief", "disaster response"),
    RESILIENCE("resilience", "resilience", "resilient", "resiliency"),
    DEFENCE_COOPERATION("defence-cooperation", "defence cooperation", "defense cooperation", "practical cooperation",
            "military-to-military cooperation", "defence ties", "defence engagement"),
    CAPACITY_BUILDING("capacity-building", "capacity building", "capacity-building", "capacity-building programmes"),
    CONFIDENCE_BUILDING("confidence-building", "confidence-building measures", "confidence-building",
            "confidence building", "mutual trust and confidence"),
    PEACEKEEPING("peacekeeping", "peacekeeping", "peacekeeping operations", "U.N. peacekeeping", "peacekeepers");

    private static final Map<String, DemoTheme> BY_FORM = new HashMap<>();
    private static final Pattern ANY_FORM;

    static {
        for (DemoTheme theme : values()) {
            for (String form : theme.forms) {
                DemoTheme clash = BY_FORM.put(form.toLowerCase(Locale.ROOT), theme);
                if (clash != null) {
                    throw new IllegalStateException("surface form '" + form + "' is listed for " + clash + " and " + theme);
                }
            }
        }
        ANY_FORM = formPattern(Stream.of(values()).flatMap(t -> t.forms.stream()).toList());
    }

    private final String id;
    private final List<String> forms;

    DemoTheme(String id, String... forms) {
        this.id = id;
        this.forms = List.of(forms);
    }

    /** The theme id used across ThemeScope, e.g. {@code major-power-rivalry}. */
    public String id() {
        return id;
    }

    /** Every phrase the generator writes for this theme, matched case-insensitively as whole words. */
    public List<String> surfaceForms() {
        return forms;
    }

    public static DemoTheme byId(String id) {
        for (DemoTheme theme : values()) {
            if (theme.id.equals(id)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("no demo theme with id '" + id + "'");
    }

    /** The theme a surface phrase belongs to, ignoring case. */
    static Optional<DemoTheme> ofForm(String phrase) {
        return Optional.ofNullable(BY_FORM.get(phrase.toLowerCase(Locale.ROOT)));
    }

    /** Mentions per theme in a text, longest phrase first so "COVID-19 pandemic" counts once. */
    static EnumMap<DemoTheme, Integer> countMentions(String text) {
        EnumMap<DemoTheme, Integer> counts = new EnumMap<>(DemoTheme.class);
        Matcher m = ANY_FORM.matcher(text);
        while (m.find()) {
            counts.merge(BY_FORM.get(m.group().toLowerCase(Locale.ROOT)), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * A case-insensitive pattern matching any of the phrases as whole words, where a hyphen also
     * joins words (so "terrorism" is not found inside "counter-terrorism" unless listed).
     */
    static Pattern formPattern(List<String> phrases) {
        String alternatives = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }
}

package io.themescope.ingest.demo;

import static io.themescope.ingest.demo.DemoTheme.*;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Expected mentions of a theme in one document: the yearly curve, times fading boosts from real
 * events, times emphases of the host (claimants stress the South China Sea, Singapore cyber), of the
 * meeting's motto, of the series, and of the document kind (news picks the contentious items).
 */
final class ThemeDrift {

    private static final double MAX_MEAN = 4.5;

    private static final Map<String, Map<DemoTheme, Double>> HOSTS = Map.of(
            "VN", weights(SOUTH_CHINA_SEA, 1.5, MARITIME_SECURITY, 1.2),
            "PH", weights(SOUTH_CHINA_SEA, 1.5, MARITIME_SECURITY, 1.2, TERRORISM, 1.3, HADR, 1.2),
            "MY", weights(SOUTH_CHINA_SEA, 1.3, MARITIME_SECURITY, 1.1),
            "BN", weights(SOUTH_CHINA_SEA, 1.2),
            "ID", weights(MARITIME_SECURITY, 1.3, TERRORISM, 1.2, HADR, 1.2, PEACEKEEPING, 1.3),
            "SG", weights(CYBERSECURITY, 1.5, MARITIME_SECURITY, 1.2, RESILIENCE, 1.2),
            "TH", weights(SOUTH_CHINA_SEA, 0.9, NON_TRADITIONAL_THREATS, 1.2),
            "KH", weights(SOUTH_CHINA_SEA, 0.5, CAPACITY_BUILDING, 1.3, PEACEKEEPING, 1.3),
            "LA", weights(SOUTH_CHINA_SEA, 0.7, CAPACITY_BUILDING, 1.3),
            "MM", weights(SOUTH_CHINA_SEA, 0.8, CAPACITY_BUILDING, 1.3, HADR, 1.2));

    private static final Map<String, Map<DemoTheme, Double>> KINDS = Map.of(
            DemoDocument.JOINT_DECLARATION, weights(),
            DemoDocument.CHAIRMAN_STATEMENT, weights(),
            DemoDocument.NEWS_REPORT, weights(SOUTH_CHINA_SEA, 1.5, MAJOR_POWER_RIVALRY, 1.4, ARMS_RACE, 1.4,
                    TERRORISM, 1.2, CAPACITY_BUILDING, 0.6, CONFIDENCE_BUILDING, 0.7, DEFENCE_COOPERATION, 0.8),
            DemoDocument.SPEECH, weights(GEOPOLITICAL_SHIFTS, 1.4, MAJOR_POWER_RIVALRY, 1.3, UNITY, 1.3, RESILIENCE, 1.2));

    private static final Map<String, Double> KIND_LENGTH = Map.of(
            DemoDocument.JOINT_DECLARATION, 1.0,
            DemoDocument.CHAIRMAN_STATEMENT, 1.0,
            DemoDocument.NEWS_REPORT, 0.45,
            DemoDocument.SPEECH, 0.6);

    private static final Map<DemoTheme, Double> PLUS = weights(MAJOR_POWER_RIVALRY, 1.2, DEFENCE_COOPERATION, 1.1,
            MARITIME_SECURITY, 1.1, HADR, 1.1, PEACEKEEPING, 1.1);

    private ThemeDrift() {
    }

    static double expectedMentions(DemoTheme theme, MeetingFact meeting, String kind) {
        double mean = ThemeCurves.level(theme, meeting.year())
                * ContextEvents.factor(theme, meeting.date())
                * weight(HOSTS.getOrDefault(meeting.hostCountry(), Map.of()), theme)
                * weight(KINDS.get(kind), theme)
                * KIND_LENGTH.get(kind)
                * motto(theme, meeting.motto());
        if (meeting.isPlus()) {
            mean *= weight(PLUS, theme);
        }
        return Math.min(mean, MAX_MEAN);
    }

    /** Mottos that speak of unity, solidarity, resilience or sustainability lift those themes. */
    static double motto(DemoTheme theme, String motto) {
        if (motto == null) {
            return 1.0;
        }
        String m = motto.toLowerCase(Locale.ROOT);
        boolean unity = m.contains("unity") || m.contains("solidarity");
        return switch (theme) {
            case UNITY -> unity ? 2.2 : 1.0;
            case ASEAN_CENTRALITY -> unity ? 1.3 : 1.0;
            case RESILIENCE -> m.contains("resilien") ? 1.5 : 1.0;
            case CLIMATE_CHANGE, NON_TRADITIONAL_THREATS -> m.contains("sustainable") ? 1.3 : 1.0;
            default -> 1.0;
        };
    }

    private static double weight(Map<DemoTheme, Double> weights, DemoTheme theme) {
        return weights.getOrDefault(theme, 1.0);
    }

    private static Map<DemoTheme, Double> weights(Object... themeFactorPairs) {
        Map<DemoTheme, Double> map = new EnumMap<>(DemoTheme.class);
        for (int i = 0; i < themeFactorPairs.length; i += 2) {
            map.put((DemoTheme) themeFactorPairs[i], (Double) themeFactorPairs[i + 1]);
        }
        return map;
    }
}

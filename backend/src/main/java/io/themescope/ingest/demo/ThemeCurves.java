package io.themescope.ingest.demo;

import static io.themescope.ingest.demo.DemoTheme.*;

import java.util.EnumMap;
import java.util.Map;

/**
 * The long-run drift of each theme: expected mentions in a full-length meeting document by year,
 * as keyframes joined by straight lines. The shapes follow the regional record from 2006 to 2025
 * (terrorism early, the South China Sea from 2010, rivalry from 2017, COVID-19 in 2020-2022).
 */
final class ThemeCurves {

    private static final Map<DemoTheme, double[]> KEYFRAMES = new EnumMap<>(DemoTheme.class);

    static {
        curve(GEOPOLITICAL_SHIFTS, 2006, 0.2, 2016, 0.3, 2018, 0.8, 2020, 1.4, 2022, 1.9, 2025, 1.9);
        curve(MAJOR_POWER_RIVALRY, 2006, 0.1, 2016, 0.2, 2018, 0.9, 2020, 1.6, 2023, 2.0, 2025, 2.1);
        curve(ARMS_RACE, 2006, 0.05, 2016, 0.1, 2019, 0.5, 2021, 0.9, 2025, 1.0);
        curve(RULES_BASED_ORDER, 2006, 0.1, 2013, 0.2, 2016, 0.9, 2019, 1.4, 2025, 1.5);
        curve(UNITY, 2006, 1.1, 2025, 1.3);
        curve(ASEAN_CENTRALITY, 2006, 1.3, 2025, 1.6);
        curve(SOUTH_CHINA_SEA, 2006, 0.05, 2009, 0.1, 2010, 0.8, 2012, 1.2, 2014, 1.8, 2016, 2.1, 2018, 1.8,
                2023, 1.8, 2025, 1.3);
        curve(MARITIME_SECURITY, 2006, 0.5, 2009, 0.6, 2010, 1.0, 2014, 2.0, 2023, 2.1, 2025, 1.7);
        curve(NUCLEAR_AND_WMD, 2006, 0.5, 2025, 0.5);
        curve(NON_TRADITIONAL_THREATS, 2006, 1.3, 2012, 1.5, 2016, 1.2, 2025, 0.9);
        curve(TERRORISM, 2006, 2.6, 2012, 2.3, 2015, 1.3, 2017, 1.3, 2019, 0.9, 2025, 0.6);
        curve(TRANSNATIONAL_CRIME, 2006, 2.0, 2012, 1.8, 2016, 1.0, 2025, 0.8);
        curve(CYBERSECURITY, 2006, 0.05, 2012, 0.1, 2013, 0.4, 2016, 1.0, 2019, 1.5, 2025, 1.7);
        curve(PANDEMIC_AND_HEALTH, 2006, 0.15, 2019, 0.2, 2020, 4.2, 2021, 3.8, 2022, 2.4, 2023, 0.9, 2025, 0.5);
        curve(CLIMATE_CHANGE, 2006, 0.15, 2014, 0.2, 2015, 0.5, 2020, 1.2, 2025, 1.5);
        curve(NATURAL_DISASTERS, 2006, 1.1, 2025, 1.3);
        curve(HADR, 2006, 1.6, 2025, 1.8);
        curve(RESILIENCE, 2006, 0.3, 2017, 0.35, 2018, 1.0, 2021, 1.8, 2025, 2.0);
        curve(DEFENCE_COOPERATION, 2006, 2.4, 2025, 2.4);
        curve(CAPACITY_BUILDING, 2006, 1.2, 2025, 1.2);
        curve(CONFIDENCE_BUILDING, 2006, 1.0, 2025, 1.0);
        curve(PEACEKEEPING, 2006, 0.8, 2025, 0.8);
        for (DemoTheme theme : DemoTheme.values()) {
            if (!KEYFRAMES.containsKey(theme)) {
                throw new IllegalStateException("no drift curve for " + theme);
            }
        }
    }

    private ThemeCurves() {
    }

    /** Expected mentions of the theme in a full-length document of the given year. */
    static double level(DemoTheme theme, int year) {
        double[] k = KEYFRAMES.get(theme);
        if (year <= k[0]) {
            return k[1];
        }
        for (int i = 2; i < k.length; i += 2) {
            if (year <= k[i]) {
                double t = (year - k[i - 2]) / (k[i] - k[i - 2]);
                return k[i - 1] + t * (k[i + 1] - k[i - 1]);
            }
        }
        return k[k.length - 1];
    }

    private static void curve(DemoTheme theme, double... yearValuePairs) {
        KEYFRAMES.put(theme, yearValuePairs);
    }
}

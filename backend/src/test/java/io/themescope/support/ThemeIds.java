package io.themescope.support;

/**
 * The theme ids of the default taxonomy in its order, written out once: error messages list them
 * verbatim, and tests compare those messages word for word.
 */
public final class ThemeIds {

    public static final String ALL = "arms-race, major-power-rivalry, geopolitical-shifts, south-china-sea,"
            + " territorial-disputes, military-modernisation, traditional-threats, nuclear-and-wmd, korean-peninsula,"
            + " maritime-security, myanmar-crisis, non-traditional-threats, terrorism, transnational-crime,"
            + " natural-disasters, hadr, cybersecurity, pandemic-and-health, climate-change, energy-security,"
            + " food-security, humanitarian-mine-action, women-peace-security, resilience, unity, asean-centrality,"
            + " rules-based-order, peaceful-dispute-settlement, defence-cooperation, peacekeeping,"
            + " confidence-building, capacity-building";

    private ThemeIds() {
    }

    /** The sentence for one unknown theme id. */
    public static String unknown(String id) {
        return "Unknown theme \"" + id + "\"; valid themes are " + ALL + ".";
    }
}

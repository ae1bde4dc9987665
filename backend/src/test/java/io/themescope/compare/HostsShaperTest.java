package io.themescope.compare;

import io.themescope.analytics.Filters;
import io.themescope.analytics.Meta;
import io.themescope.themes.TaxonomyLoader;
import org.apache.commons.math3.special.Erf;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape stage of the host comparison on a host × theme table small enough to work out by
 * hand: share, lift, expected count and adjusted residual of every cell, chi-square, its p-value
 * and Cramér's V, and the warnings that name hosts and themes left out of the test.
 */
class HostsShaperTest {

    private static final String VERSION = "2026.11.1";
    private final HostsShaper shaper = new HostsShaper(TaxonomyLoader.loadDefault());

    private static HostsQuery query(HostSort sort, String... themes) {
        return new HostsQuery(List.of(themes), false, Filters.none(), sort);
    }

    private static void assertSameResponse(Object actual, Object expected) {
        Comparator<Double> close = (a, b) -> Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)) ? 0 : a.compareTo(b);
        assertThat(actual).usingRecursiveComparison(RecursiveComparisonConfiguration.builder()
                .withStrictTypeChecking(true)
                .withComparatorForType(close, Double.class).build()).isEqualTo(expected);
    }

    /*
     *            arms-race  unity  maritime-security  cybersecurity │ total  documents  words  meetings
     *   LA          10        5          5                 0        │   20       4       2000      2
     *   MY           2        8         10                 0        │   20       5       4000      2
     *   PH           0        0          0                 0        │    0       1        500      1
     *   total       12       13         15                 0        │   40
     *
     * PH and cybersecurity have no mentions and leave the test: a 2 × 3 table with N = 40.
     * Expected E = row·column/N = 20·column/40: 6, 6.5, 7.5 in both rows.
     * Chi-square = 2·[(10-6)²/6 + (5-6.5)²/6.5 + (5-7.5)²/7.5] = 2·(16/6 + 2.25/6.5 + 6.25/7.5) = 7.6923…
     * df = (2-1)(3-1) = 2, and for 2 degrees of freedom P(χ² ≥ x) = exp(-x/2).
     * Cramér's V = √(χ²/(N·(min(2,3) - 1))) = √(χ²/40).
     * Adjusted residual (O-E)/√(E·(1 - row/N)·(1 - column/N)), row/N = 1/2 for both hosts:
     *   arms-race  √(6·0.5·(1 - 12/40))   = √2.1
     *   unity      √(6.5·0.5·(1 - 13/40)) = √2.19375
     *   maritime   √(7.5·0.5·(1 - 15/40)) = √2.34375
     */
    private static HostsData table() {
        return new HostsData(
                Map.of("LA", Map.of("arms-race", 10L, "unity", 5L, "maritime-security", 5L),
                        "MY", Map.of("arms-race", 2L, "unity", 8L, "maritime-security", 10L)),
                Map.of("LA", new HostsData.Totals(4, 2000, false), "MY", new HostsData.Totals(5, 4000, false),
                        "PH", new HostsData.Totals(1, 500, false)),
                Map.of("LA", 2L, "MY", 2L, "PH", 1L));
    }

    @Test
    void twoByThreeTableWorkedOutByHand() {
        HostsResponse r = shaper.shape(query(HostSort.HOST, "arms-race", "unity", "maritime-security", "cybersecurity"),
                table(), VERSION);

        double chi2 = 2 * (16 / 6.0 + 2.25 / 6.5 + 6.25 / 7.5);
        double armsSd = Math.sqrt(2.1);
        double unitySd = Math.sqrt(2.19375);
        double maritimeSd = Math.sqrt(2.34375);
        assertSameResponse(r, new HostsResponse(
                new HostsResponse.ResolvedQuery(List.of("arms-race", "unity", "maritime-security", "cybersecurity"),
                        null, null, List.of(), List.of(), List.of(), "host"),
                new Meta(List.of("Hosts with no mentions of these themes are left out of the test: PH.",
                        "Themes with no mentions are left out of the test: cybersecurity."), false, VERSION),
                List.of(new HostsResponse.ThemeTotal("arms-race", "Arms race", 12, true),
                        new HostsResponse.ThemeTotal("unity", "Unity", 13, true),
                        new HostsResponse.ThemeTotal("maritime-security", "Maritime security", 15, true),
                        new HostsResponse.ThemeTotal("cybersecurity", "Cybersecurity", 0, false)),
                List.of(new HostsResponse.Host("LA", 2, 4, 2000, 20, true, List.of(
                                // per10k = mentions·10000/2000; share = mentions/20; lift = O/E
                                new HostsResponse.Cell("arms-race", 10, 50.0, 0.5, 10 / 6.0, 6.0, 4 / armsSd),
                                new HostsResponse.Cell("unity", 5, 25.0, 0.25, 5 / 6.5, 6.5, -1.5 / unitySd),
                                new HostsResponse.Cell("maritime-security", 5, 25.0, 0.25, 5 / 7.5, 7.5, -2.5 / maritimeSd),
                                new HostsResponse.Cell("cybersecurity", 0, 0.0, 0.0, null, null, null))),
                        new HostsResponse.Host("MY", 2, 5, 4000, 20, true, List.of(
                                // per10k = mentions·10000/4000
                                new HostsResponse.Cell("arms-race", 2, 5.0, 0.1, 2 / 6.0, 6.0, -4 / armsSd),
                                new HostsResponse.Cell("unity", 8, 20.0, 0.4, 8 / 6.5, 6.5, 1.5 / unitySd),
                                new HostsResponse.Cell("maritime-security", 10, 25.0, 0.5, 10 / 7.5, 7.5, 2.5 / maritimeSd),
                                new HostsResponse.Cell("cybersecurity", 0, 0.0, 0.0, null, null, null))),
                        // no mentions: no share, outside the test, but its documents and words are reported
                        new HostsResponse.Host("PH", 1, 1, 500, 0, false, List.of(
                                new HostsResponse.Cell("arms-race", 0, 0.0, null, null, null, null),
                                new HostsResponse.Cell("unity", 0, 0.0, null, null, null, null),
                                new HostsResponse.Cell("maritime-security", 0, 0.0, null, null, null, null),
                                new HostsResponse.Cell("cybersecurity", 0, 0.0, null, null, null, null)))),
                new HostsResponse.Test(chi2, 2, Math.exp(-chi2 / 2), Math.sqrt(chi2 / 40), 0, 0.0, 40, null)));
        assertThat(chi2).isCloseTo(7.692308, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void hostsSortByACountLargestFirstThenByCode() {
        List<String> byWords = shaper.shape(query(HostSort.WORDS, "arms-race", "unity"), table(), VERSION).hosts()
                .stream().map(HostsResponse.Host::host).toList();
        List<String> byMentions = shaper.shape(query(HostSort.MENTIONS, "arms-race", "unity"), table(), VERSION).hosts()
                .stream().map(HostsResponse.Host::host).toList();
        List<String> byDocuments = shaper.shape(query(HostSort.DOCUMENTS, "arms-race"), table(), VERSION).hosts()
                .stream().map(HostsResponse.Host::host).toList();
        List<String> byMeetings = shaper.shape(query(HostSort.MEETINGS, "arms-race"), table(), VERSION).hosts()
                .stream().map(HostsResponse.Host::host).toList();

        assertThat(byWords).containsExactly("MY", "LA", "PH");
        // arms-race + unity: LA 15, MY 10
        assertThat(byMentions).containsExactly("LA", "MY", "PH");
        assertThat(byDocuments).containsExactly("MY", "LA", "PH");
        // LA and MY both hosted two meetings
        assertThat(byMeetings).containsExactly("LA", "MY", "PH");
    }

    @Test
    void smallExpectedCountsAreWarnedAbout() {
        // LA 3 1 / MY 1 3: N = 8, every E = 4·4/8 = 2 < 5; χ² = 4·(1²/2) = 2 with 1 df: p = erfc(√(2/2))
        HostsData data = new HostsData(Map.of("LA", Map.of("arms-race", 3L, "unity", 1L),
                "MY", Map.of("arms-race", 1L, "unity", 3L)),
                Map.of("LA", new HostsData.Totals(1, 100, false), "MY", new HostsData.Totals(1, 100, false)),
                Map.of("LA", 1L, "MY", 1L));

        HostsResponse r = shaper.shape(query(HostSort.HOST, "arms-race", "unity"), data, VERSION);

        assertSameResponse(r.test(), new HostsResponse.Test(2.0, 1, Erf.erfc(1.0), 0.5, 4, 1.0, 8, null));
        assertThat(r.meta().warnings()).containsExactly("4 of the table's cells (100%) expect fewer than 5 mentions;"
                + " the chi-square p-value is unreliable at that size (Cochran's rule: at most 20%).");
        // (3-2)/√(2·(1 - 1/2)·(1 - 1/2)) = 1/√0.5
        assertThat(r.hosts().getFirst().themes().getFirst().residual())
                .isCloseTo(1 / Math.sqrt(0.5), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aSingleHostCannotBeTested() {
        HostsData data = new HostsData(Map.of("LA", Map.of("arms-race", 3L, "unity", 1L)),
                Map.of("LA", new HostsData.Totals(2, 800, false)), Map.of("LA", 1L));

        HostsResponse r = shaper.shape(query(HostSort.HOST, "arms-race", "unity"), data, VERSION);

        assertThat(r.test()).isEqualTo(new HostsResponse.Test(null, null, null, null, null, null, 4,
                "fewer than two rows have counts; independence cannot be tested"));
        assertThat(r.hosts()).containsExactly(new HostsResponse.Host("LA", 1, 2, 800, 4, true, List.of(
                new HostsResponse.Cell("arms-race", 3, 37.5, 0.75, null, null, null),
                new HostsResponse.Cell("unity", 1, 12.5, 0.25, null, null, null))));
        assertThat(r.meta().warnings()).containsExactly(
                "No test of independence: fewer than two rows have counts; independence cannot be tested");
    }

    @Test
    void noDataAtAll() {
        HostsResponse r = shaper.shape(query(HostSort.HOST, "arms-race"), new HostsData(Map.of(), Map.of(), Map.of()),
                VERSION);

        assertThat(r.hosts()).isEmpty();
        assertThat(r.themes()).containsExactly(new HostsResponse.ThemeTotal("arms-race", "Arms race", 0, false));
        assertThat(r.test()).isEqualTo(new HostsResponse.Test(null, null, null, null, null, null, 0,
                "the table holds no counts"));
        // with no host there is no table to drop a theme from; the one warning says why nothing was tested
        assertThat(r.meta().warnings()).containsExactly("No test of independence: the table holds no counts");
    }

    @Test
    void syntheticDocumentsAreFlagged() {
        HostsData data = new HostsData(Map.of("LA", Map.of("arms-race", 3L)),
                Map.of("LA", new HostsData.Totals(2, 800, true)), Map.of("LA", 1L));

        HostsResponse r = shaper.shape(query(HostSort.HOST, "arms-race"), data, VERSION);

        assertThat(r.meta().synthetic()).isTrue();
        assertThat(r.meta().warnings().getLast())
                .isEqualTo("These numbers include synthetic demo documents, not real meeting texts.");
        assertThat(shaper.shape(query(HostSort.HOST, "arms-race"), table(), VERSION).meta().synthetic()).isFalse();
    }
}

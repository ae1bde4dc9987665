package io.themescope.evaluation;

import io.themescope.evaluation.EvaluationReport.Disagreement;
import io.themescope.evaluation.EvaluationReport.Proportion;
import io.themescope.themes.Mention;
import io.themescope.themes.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scoring arithmetic on a gold worked by hand: exact and partial overlaps, a prediction over
 * two gold mentions (one match), two predictions over one (one match), touching spans (no
 * overlap), a case greedy pairing gets wrong, a theme with predictions but no gold and an empty one.
 * Wilson bounds are the formula's values worked outside Java (z = 1.959963984540054).
 */
class ScoringTest {

    private static final List<String> THEMES = List.of("unity", "terrorism", "hadr", "arms-race", "cybersecurity");
    private static final String TEXT = "x".repeat(100);

    private static Span gold(int start, int end) {
        return new Span(start, end, start, end, TEXT.substring(start, end));
    }

    private static Mention predicted(String theme, int start, int end) {
        return new Mention(theme, TEXT.substring(start, end), theme, start, end, new Sentence(TEXT, 0, TEXT.length()));
    }

    private static GoldDocument document(String id, Map<String, List<Span>> spans) {
        Map<String, List<Span>> all = new LinkedHashMap<>();
        THEMES.forEach(t -> all.put(t, spans.getOrDefault(t, List.of())));
        return new GoldDocument(id, TEXT, THEMES, all);
    }

    /*
     * doc a: unity gold [0,5) pred [0,5)                   → 1 gold, 1 pred, 1 matched (exact)
     *        terrorism gold [10,20) [20,30), pred [15,25)  → 2, 1, 1 (one prediction over two golds)
     *        hadr gold [40,50), pred [40,44) [45,50)       → 1, 2, 1 (two predictions over one gold)
     *        arms-race pred [60,65), no gold               → 0, 1, 0
     * doc b: unity gold [0,5), no prediction               → 1, 0, 0
     *        terrorism gold [10,20), pred [20,25)          → 1, 1, 0 (touching is not overlapping)
     *        hadr gold [50,60) [60,70), pred [55,65) [50,53) → 2, 2, 2 (pairing the first gold with the
     *            first prediction, as greedy would, leaves one of each over)
     *        predictions of a theme the gold does not list are not scored: one of "resilience"
     * totals: unity 2/1/1, terrorism 3/2/1, hadr 3/4/3, arms-race 0/1/0, cybersecurity 0/0/0;
     *         overall 8/8/5; doc a 4/5/3, doc b 4/3/2.
     */
    private static EvaluationReport report() {
        GoldDocument a = document("a", Map.of("unity", List.of(gold(0, 5)), "terrorism", List.of(gold(10, 20), gold(20, 30)),
                "hadr", List.of(gold(40, 50))));
        GoldDocument b = document("b", Map.of("unity", List.of(gold(0, 5)), "terrorism", List.of(gold(10, 20)),
                "hadr", List.of(gold(50, 60), gold(60, 70))));
        Map<String, List<Mention>> predictions = Map.of(
                "a", List.of(predicted("unity", 0, 5), predicted("terrorism", 15, 25), predicted("hadr", 40, 44),
                        predicted("hadr", 45, 50), predicted("arms-race", 60, 65)),
                "b", List.of(predicted("terrorism", 20, 25), predicted("hadr", 55, 65), predicted("hadr", 50, 53),
                        predicted("resilience", 80, 90)));
        List<String> taxonomy = new ArrayList<>(THEMES);
        taxonomy.add(3, "resilience");
        return Evaluator.score(taxonomy, "test-1", List.of(a, b), d -> predictions.get(d.id()), "corpus", List.of(),
                false);
    }

    private static void assertProportion(Proportion p, double value, double low, double high) {
        assertThat(p).isNotNull();
        assertThat(p.value()).isCloseTo(value, within(1e-12));
        assertThat(p.low()).isCloseTo(low, within(1e-12));
        assertThat(p.high()).isCloseTo(high, within(1e-12));
    }

    @Test
    void overallCountsAndIntervals() {
        var o = report().overall();
        assertThat(List.of(o.gold(), o.predicted(), o.matched())).containsExactly(8L, 8L, 5L);
        assertProportion(o.precision(), 5 / 8.0, 0.305742394602627, 0.863155714176403);
        assertProportion(o.recall(), 5 / 8.0, 0.305742394602627, 0.863155714176403);
        assertThat(o.f1()).isCloseTo(2 * 5 / 16.0, within(1e-12));
    }

    @Test
    void perTheme() {
        var themes = report().themes();
        assertThat(themes).extracting(EvaluationReport.ThemeScore::theme)
                .containsExactly("unity", "terrorism", "hadr", "arms-race", "cybersecurity");
        var unity = themes.get(0);
        assertThat(List.of(unity.gold(), unity.predicted(), unity.matched())).containsExactly(2L, 1L, 1L);
        assertProportion(unity.precision(), 1, 0.206549314377237, 1);
        assertProportion(unity.recall(), 0.5, 0.094531205734231, 0.905468794265769);
        assertThat(unity.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-12));

        var terrorism = themes.get(1);
        assertThat(List.of(terrorism.gold(), terrorism.predicted(), terrorism.matched())).containsExactly(3L, 2L, 1L);
        assertProportion(terrorism.precision(), 0.5, 0.094531205734231, 0.905468794265769);
        assertProportion(terrorism.recall(), 1 / 3.0, 0.061491944720396, 0.792340399197952);
        assertThat(terrorism.f1()).isCloseTo(0.4, within(1e-12));

        var hadr = themes.get(2);
        assertThat(List.of(hadr.gold(), hadr.predicted(), hadr.matched())).containsExactly(3L, 4L, 3L);
        assertProportion(hadr.precision(), 0.75, 0.300641842582402, 0.954412739190299);
        assertProportion(hadr.recall(), 1, 0.438502968244955, 1);
        assertThat(hadr.f1()).isCloseTo(6 / 7.0, within(1e-12));

        var armsRace = themes.get(3);
        assertThat(List.of(armsRace.gold(), armsRace.predicted(), armsRace.matched())).containsExactly(0L, 1L, 0L);
        assertProportion(armsRace.precision(), 0, 0, 0.793450685622763);
        assertThat(armsRace.recall()).isNull();
        assertThat(armsRace.f1()).isNull();

        var cyber = themes.get(4);
        assertThat(List.of(cyber.gold(), cyber.predicted(), cyber.matched())).containsExactly(0L, 0L, 0L);
        assertThat(cyber.precision()).isNull();
        assertThat(cyber.recall()).isNull();
        assertThat(cyber.f1()).isNull();
    }

    @Test
    void perDocument() {
        var docs = report().documents();
        assertThat(docs).extracting(EvaluationReport.DocumentScore::document).containsExactly("a", "b");
        var a = docs.get(0);
        assertThat(List.of(a.gold(), a.predicted(), a.matched())).containsExactly(4L, 5L, 3L);
        assertProportion(a.precision(), 0.6, 0.230724281276013, 0.882379225767352);
        assertProportion(a.recall(), 0.75, 0.300641842582402, 0.954412739190299);
        assertThat(a.f1()).isCloseTo(6 / 9.0, within(1e-12));
        var b = docs.get(1);
        assertThat(List.of(b.gold(), b.predicted(), b.matched())).containsExactly(4L, 3L, 2L);
        assertProportion(b.precision(), 2 / 3.0, 0.207659600802048, 0.938508055279604);
        assertProportion(b.recall(), 0.5, 0.150038989152150, 0.849961010847850);
        assertThat(b.f1()).isCloseTo(4 / 7.0, within(1e-12));
    }

    @Test
    void everyDisagreementInDocumentThenTextOrder() {
        assertThat(report().disagreements()).extracting(d -> d.kind() + " " + d.document() + " " + d.theme() + " "
                + d.start() + "-" + d.end()).containsExactly(
                "false-negative a terrorism 20-30",
                "false-positive a hadr 45-50",
                "false-positive a arms-race 60-65",
                "false-negative b unity 0-5",
                "false-negative b terrorism 10-20",
                "false-positive b terrorism 20-25");
        assertThat(report().disagreements()).allMatch(d -> d.kind().equals(Disagreement.FALSE_NEGATIVE)
                || d.kind().equals(Disagreement.FALSE_POSITIVE));
    }

    @Test
    void predictionsOfUnlistedThemesAndUnevaluatedThemesAreWarnedAbout() {
        assertThat(report().meta().warnings()).containsExactly(
                "Not evaluated, because the gold does not list them: resilience.",
                "1 predicted mention of themes the gold does not list was not scored (resilience 1).");
        assertThat(report().query()).isEqualTo(new EvaluationReport.Query("corpus", 2, THEMES, "unicode-code-points"));
    }

    @Test
    void theMatchingIsMaximumWhateverTheOrder() {
        // the same spans in either order pair three times; in the second case the first gold must
        // give up the prediction it shares with the second gold for one only it overlaps
        List<long[]> gold = List.of(new long[] {0, 10}, new long[] {10, 20}, new long[] {20, 30});
        List<long[]> predicted = List.of(new long[] {5, 15}, new long[] {15, 25}, new long[] {0, 3}, new long[] {25, 35});
        assertThat(Matching.maximum(gold, predicted).size()).isEqualTo(3);
        assertThat(Matching.maximum(gold.reversed(), predicted.reversed()).size()).isEqualTo(3);
        Matching.Result r = Matching.maximum(List.of(new long[] {0, 10}, new long[] {10, 20}),
                List.of(new long[] {5, 15}, new long[] {0, 3}));
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.goldToPrediction()).containsExactly(1, 0);
        assertThat(Matching.overlap(0, 5, 5, 10)).isFalse();
        assertThat(Matching.overlap(0, 6, 5, 10)).isTrue();
    }
}

package io.themescope.evaluation;

import io.themescope.analytics.Meta;
import io.themescope.stats.WilsonInterval;

import java.util.List;

/**
 * The outcome of one evaluation, the same JSON from the CLI ({@code --json}) and the API: what was
 * evaluated, then precision, recall and F1 overall, per theme and per document, and every
 * disagreement. Offsets are code points, as in the gold. Proportions are null without a denominator.
 */
public record EvaluationReport(Query query, Meta meta, Score overall, List<ThemeScore> themes,
                               List<DocumentScore> documents, List<Disagreement> disagreements) {

    public static final String OFFSETS = "unicode-code-points";

    /**
     * @param source    where the texts came from: {@code corpus} (files or the request) or {@code store}
     * @param documents documents scored
     * @param themes    themes scored, in taxonomy order
     * @param offsets   the unit of every offset in the report
     */
    public record Query(String source, int documents, List<String> themes, String offsets) {
    }

    /** A share with its 95% Wilson interval. */
    public record Proportion(double value, double low, double high) {

        static Proportion of(long successes, long trials) {
            return WilsonInterval.of(successes, trials)
                    .map(w -> new Proportion(w.proportion(), w.low(), w.high()))
                    .orElse(null);
        }
    }

    public record Score(long gold, long predicted, long matched, Proportion precision, Proportion recall, Double f1) {

        static Score of(long gold, long predicted, long matched) {
            // 2PR/(P+R) written on counts; undefined unless both precision and recall are
            Double f1 = gold == 0 || predicted == 0 ? null : 2.0 * matched / (gold + predicted);
            return new Score(gold, predicted, matched, Proportion.of(matched, predicted), Proportion.of(matched, gold), f1);
        }
    }

    public record ThemeScore(String theme, long gold, long predicted, long matched, Proportion precision,
                             Proportion recall, Double f1) {

        static ThemeScore of(String theme, Score s) {
            return new ThemeScore(theme, s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.f1());
        }
    }

    public record DocumentScore(String document, long gold, long predicted, long matched, Proportion precision,
                                Proportion recall, Double f1) {

        static DocumentScore of(String document, Score s) {
            return new DocumentScore(document, s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(),
                    s.f1());
        }
    }

    /**
     * A gold mention no prediction matched ({@code false-negative}) or a prediction no gold mention
     * matched ({@code false-positive}); {@code start}/{@code end} in code points, {@code text} the
     * span's text, {@code sentence} the sentence around it.
     */
    public record Disagreement(String kind, String document, String theme, int start, int end, String text,
                               String sentence) {

        public static final String FALSE_POSITIVE = "false-positive";
        public static final String FALSE_NEGATIVE = "false-negative";
    }
}

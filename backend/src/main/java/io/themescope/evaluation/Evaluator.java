package io.themescope.evaluation;

import io.themescope.analytics.Meta;
import io.themescope.evaluation.EvaluationReport.Disagreement;
import io.themescope.evaluation.EvaluationReport.DocumentScore;
import io.themescope.evaluation.EvaluationReport.Score;
import io.themescope.evaluation.EvaluationReport.ThemeScore;
import io.themescope.themes.Mention;
import io.themescope.themes.MentionExtractor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Extracts each gold document with the taxonomy in use and scores it by the codebook's rule: a
 * prediction matches a gold mention of the same theme in the same document when their spans
 * overlap, one to one, as many pairs as possible ({@link Matching}). Only themes the gold lists are
 * scored; predictions of other themes are counted in a warning.
 */
final class Evaluator {

    private static final int CONTEXT = 200;

    private Evaluator() {
    }

    static EvaluationReport evaluate(MentionExtractor extractor, List<GoldDocument> documents, String source,
                                     List<String> notes, boolean synthetic) {
        return score(extractor.taxonomy().ids(), extractor.taxonomy().version(), documents,
                d -> extractor.extract(d.text()).mentions(), source, notes, synthetic);
    }

    /** Scores {@code predict}'s mentions of each document (UTF-16 offsets, any theme) against its gold. */
    static EvaluationReport score(List<String> taxonomyOrder, String taxonomyVersion, List<GoldDocument> documents,
                                  Function<GoldDocument, List<Mention>> predict, String source, List<String> notes,
                                  boolean synthetic) {
        java.util.Set<String> evaluated = new java.util.HashSet<>();
        documents.forEach(d -> evaluated.addAll(d.themes()));
        List<String> themes = taxonomyOrder.stream().filter(evaluated::contains).toList();

        Map<String, long[]> byTheme = new LinkedHashMap<>();
        themes.forEach(t -> byTheme.put(t, new long[3]));
        long[] overall = new long[3];
        List<DocumentScore> perDocument = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        Map<String, Integer> ignored = new TreeMap<>(Comparator.comparingInt(taxonomyOrder::indexOf));

        for (GoldDocument doc : documents) {
            List<Mention> mentions = predict.apply(doc);
            Offsets offsets = Offsets.of(doc.text());
            long[] docCounts = new long[3];
            List<Disagreement> docDisagreements = new ArrayList<>();
            for (Mention m : mentions) {
                if (!doc.spans().containsKey(m.themeId())) {
                    ignored.merge(m.themeId(), 1, Integer::sum);
                }
            }
            for (String theme : doc.themes()) {
                List<Span> gold = doc.spans().get(theme);
                List<Mention> predicted = mentions.stream().filter(m -> m.themeId().equals(theme)).toList();
                Matching.Result r = Matching.maximum(gold.stream().map(s -> new long[] {s.start(), s.end()}).toList(),
                        predicted.stream().map(m -> new long[] {m.start(), m.end()}).toList());
                long[] counts = {gold.size(), predicted.size(), r.size()};
                add(byTheme.get(theme), counts);
                add(docCounts, counts);
                for (int g = 0; g < gold.size(); g++) {
                    if (r.goldToPrediction()[g] < 0) {
                        Span s = gold.get(g);
                        docDisagreements.add(new Disagreement(Disagreement.FALSE_NEGATIVE, doc.id(), theme, s.cpStart(),
                                s.cpEnd(), s.text(), sentenceAround(doc.text(), s, mentions)));
                    }
                }
                for (int p = 0; p < predicted.size(); p++) {
                    if (r.predictionToGold()[p] < 0) {
                        Mention m = predicted.get(p);
                        docDisagreements.add(new Disagreement(Disagreement.FALSE_POSITIVE, doc.id(), theme,
                                offsets.codePoint(m.start()), offsets.codePoint(m.end()), m.term(), m.sentence().text()));
                    }
                }
            }
            add(overall, docCounts);
            perDocument.add(DocumentScore.of(doc.id(), Score.of(docCounts[0], docCounts[1], docCounts[2])));
            docDisagreements.sort(Comparator.comparingInt(Disagreement::start)
                    .thenComparingInt(d -> taxonomyOrder.indexOf(d.theme())).thenComparing(Disagreement::kind));
            disagreements.addAll(docDisagreements);
        }

        List<String> warnings = new ArrayList<>(notes);
        List<String> notEvaluated = taxonomyOrder.stream().filter(t -> !evaluated.contains(t)).toList();
        if (!notEvaluated.isEmpty() && !documents.isEmpty()) {
            warnings.add("Not evaluated, because the gold does not list them: " + String.join(", ", notEvaluated) + ".");
        }
        if (!ignored.isEmpty()) {
            int n = ignored.values().stream().mapToInt(Integer::intValue).sum();
            warnings.add(n + (n == 1 ? " predicted mention" : " predicted mentions") + " of themes the gold does not"
                    + " list " + (n == 1 ? "was" : "were") + " not scored ("
                    + String.join(", ", ignored.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())
                    + ").");
        }
        List<ThemeScore> perTheme = new ArrayList<>();
        byTheme.forEach((t, c) -> perTheme.add(ThemeScore.of(t, Score.of(c[0], c[1], c[2]))));
        return new EvaluationReport(
                new EvaluationReport.Query(source, documents.size(), themes, EvaluationReport.OFFSETS),
                new Meta(warnings, synthetic, taxonomyVersion),
                Score.of(overall[0], overall[1], overall[2]), perTheme, perDocument, disagreements);
    }

    private static void add(long[] into, long[] counts) {
        for (int i = 0; i < into.length; i++) {
            into[i] += counts[i];
        }
    }

    /**
     * The sentence of a missed gold mention: the extractor's sentence when some mention of any theme
     * lies in it, else the text around it up to the nearest line break or sentence-ending
     * punctuation, at most {@value #CONTEXT} characters either side.
     */
    static String sentenceAround(String text, Span span, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.sentence().start() <= span.start() && span.end() <= m.sentence().end()) {
                return m.sentence().text();
            }
        }
        int from = span.start();
        int limit = Math.max(0, span.start() - CONTEXT);
        while (from > limit) {
            char c = text.charAt(from - 1);
            if (c == '\n' || (Character.isWhitespace(c) && from >= 2 && ".!?".indexOf(text.charAt(from - 2)) >= 0)) {
                break;
            }
            from--;
        }
        if (from == limit && from > 0) {
            // cut at the window: start at the next word rather than inside one
            while (from < span.start() && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
        }
        int to = span.end();
        int max = Math.min(text.length(), span.end() + CONTEXT);
        while (to < max) {
            char c = text.charAt(to);
            if (c == '\n') {
                break;
            }
            to++;
            if (".!?".indexOf(c) >= 0 && (to == text.length() || Character.isWhitespace(text.charAt(to)))) {
                break;
            }
        }
        // never cut a surrogate pair in half
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        return text.substring(from, to).strip();
    }
}

package io.themescope.evaluation;

import io.themescope.evaluation.EvaluationReport.Disagreement;
import io.themescope.evaluation.EvaluationReport.Proportion;
import io.themescope.evaluation.EvaluationReport.ThemeScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report for people: a terminal table with the disagreements below it, or the markdown table
 * that README.md publishes under "Measured validity" (and that the validation test ratchets on),
 * so regenerating the published figures is one command.
 */
final class ReportText {

    static final String MARKDOWN_HEADER = "| theme | gold | predicted | matched | precision | recall | F1 |";
    private static final String NONE = "—";
    private static final int SENTENCE = 160;

    private ReportText() {
    }

    static String table(EvaluationReport r, int showErrors) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Evaluation of taxonomy %s: %d documents, %d themes (offsets in code points)%n%n",
                r.meta().taxonomyVersion(), r.query().documents(), r.query().themes().size()));
        int width = Math.max("overall".length(), r.themes().stream().mapToInt(t -> t.theme().length()).max().orElse(0));
        String row = "%-" + width + "s %6s %6s %7s  %-21s  %-21s  %s%n";
        out.append(String.format(Locale.ROOT, row, "theme", "gold", "pred", "matched", "precision", "recall", "F1"));
        var o = r.overall();
        out.append(String.format(Locale.ROOT, row, "overall", o.gold(), o.predicted(), o.matched(),
                proportion(o.precision()), proportion(o.recall()), f1(o.f1())));
        for (ThemeScore t : r.themes()) {
            out.append(String.format(Locale.ROOT, row, t.theme(), t.gold(), t.predicted(), t.matched(),
                    proportion(t.precision()), proportion(t.recall()), f1(t.f1())));
        }
        List<Disagreement> all = r.disagreements();
        if (!all.isEmpty() && showErrors > 0) {
            int shown = Math.min(showErrors, all.size());
            out.append(String.format(Locale.ROOT, "%nDisagreements (%s):%n", shown == all.size() ? all.size() + ""
                    : "first " + shown + " of " + all.size() + "; --show-errors N for more"));
            for (Disagreement d : all.subList(0, shown)) {
                out.append(String.format(Locale.ROOT, "  %s %s %s [%d, %d) %s%n      in: %s%n",
                        d.kind().equals(Disagreement.FALSE_POSITIVE) ? "FP" : "FN", d.document(), d.theme(), d.start(),
                        d.end(), GoldReader.shown(d.text()), around(d.sentence(), d.text())));
            }
        } else if (!all.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%d disagreements (--show-errors N lists them)%n", all.size()));
        }
        for (String w : r.meta().warnings()) {
            out.append(String.format(Locale.ROOT, "%nnote: %s", w));
        }
        if (!r.meta().warnings().isEmpty()) {
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The published table: one row overall, one per theme in taxonomy order. */
    static String markdown(EvaluationReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(MARKDOWN_HEADER);
        lines.add("|---|---|---|---|---|---|---|");
        var o = r.overall();
        lines.add(markdownRow("overall", o.gold(), o.predicted(), o.matched(), o.precision(), o.recall(), o.f1()));
        for (ThemeScore t : r.themes()) {
            lines.add(markdownRow(t.theme(), t.gold(), t.predicted(), t.matched(), t.precision(), t.recall(), t.f1()));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String markdownRow(String name, long gold, long predicted, long matched, Proportion precision,
                                      Proportion recall, Double f1) {
        return "| " + name + " | " + gold + " | " + predicted + " | " + matched + " | " + proportion(precision) + " | "
                + proportion(recall) + " | " + f1(f1) + " |";
    }

    static String proportion(Proportion p) {
        return p == null ? NONE : String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", p.value(), p.low(), p.high());
    }

    private static String f1(Double f1) {
        return f1 == null ? NONE : String.format(Locale.ROOT, "%.3f", f1);
    }

    /** The sentence on one line, cut to about {@value #SENTENCE} characters around the span's text. */
    static String around(String sentence, String span) {
        String flat = sentence.replaceAll("\\s+", " ");
        String needle = span.replaceAll("\\s+", " ");
        if (flat.length() <= SENTENCE) {
            return flat;
        }
        int at = Math.max(0, flat.indexOf(needle));
        int side = Math.max(20, (SENTENCE - needle.length()) / 2);
        int from = Math.max(0, at - side);
        int to = Math.min(flat.length(), Math.max(at + needle.length() + side, from + SENTENCE));
        from = Math.max(0, Math.min(from, to - SENTENCE));
        if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) {
            from--;
        }
        if (to < flat.length() && Character.isHighSurrogate(flat.charAt(to - 1))) {
            to++;
        }
        return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
    }
}

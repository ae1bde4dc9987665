package io.themescope.cli;

import java.util.Comparator;
import java.util.List;

/**
 * The jar's command words and the one-line error for any other word. Kept apart from the dispatcher
 * so the list the suggestion is drawn from is the list that is dispatched; the closest word is the
 * one with the smallest edit distance, so "imprt" answers "did you mean import?".
 */
final class Commands {

    static final String SERVE = "serve";

    static final List<String> ALL = List.of(SERVE, "import", "extract", "evaluate", "backup", "restore", "export-corpus", "help");

    private Commands() {
    }

    static String unknown(String word) {
        String closest = ALL.stream().min(Comparator.comparingInt((String c) -> distance(word, c))).orElseThrow();
        return "themescope: unknown command \"" + word + "\"; did you mean " + closest + "? (commands: "
                + String.join(", ", ALL) + "; see themescope help)";
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package io.themescope.cli;

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
        String closest = io.themescope.web.Closest.to(word, ALL, 1).getFirst();
        return "themescope: unknown command \"" + word + "\"; did you mean " + closest + "? (commands: "
                + String.join(", ", ALL) + "; see themescope help)";
    }
}

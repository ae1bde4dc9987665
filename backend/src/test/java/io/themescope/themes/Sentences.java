package io.themescope.themes;

import java.util.ArrayList;
import java.util.List;

/** Test helper: the sentences the splitter finds in a whole text, trimmed as mentions report them. */
final class Sentences {

    private Sentences() {
    }

    static List<String> of(String text) {
        char[] b = text.toCharArray();
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < b.length) {
            int end = SentenceSplitter.segmentEnd(b, from, b.length, true);
            String sentence = text.substring(from, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
            from = end;
        }
        return out;
    }
}

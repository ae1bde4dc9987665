package io.themescope.themes;

import java.util.List;
import java.util.Map;

/**
 * Everything found in one in-memory text.
 *
 * @param mentions mentions in text order (two mentions share a span only for a coordinated phrase)
 * @param words    words of the text by the rule of {@link MentionExtractor#countWords}
 * @param counts   mentions per theme id, every theme of the taxonomy present, in taxonomy order
 */
public record Extraction(List<Mention> mentions, int words, Map<String, Integer> counts) {

    public Extraction {
        mentions = List.copyOf(mentions);
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}

package io.themescope.themes;

import java.util.Map;

/**
 * Totals of a streamed extraction.
 *
 * @param words  words of the text by the rule of {@link MentionExtractor#countWords}
 * @param counts mentions per theme id, every theme of the taxonomy present, in taxonomy order
 */
public record Tally(long words, Map<String, Long> counts) {

    public Tally {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}

package io.themescope.themes;

import java.util.List;

/**
 * A theme of the taxonomy. {@code terms} are base phrases (variants are generated, see
 * {@link PhraseVariants}); a match that lies inside one of the {@code exclude} phrases does not
 * count; every sentence in {@code examples} must yield a mention of this theme. A match whose
 * last word is one of {@code yieldsBefore} gives way when "on" or "in" and another theme's
 * mention follow it ("cooperation on cyber security" counts for cybersecurity only).
 */
public record Theme(String id, String label, ThemeGroup group, String description,
                    List<String> terms, List<String> exclude, List<String> examples, List<String> yieldsBefore) {

    public Theme {
        terms = List.copyOf(terms);
        exclude = List.copyOf(exclude);
        examples = List.copyOf(examples);
        yieldsBefore = List.copyOf(yieldsBefore);
    }
}

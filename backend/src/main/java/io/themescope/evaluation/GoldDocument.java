package io.themescope.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A validated gold document: its text, the themes its gold file evaluates (in taxonomy order) and
 * the gold mentions of each of those themes. Themes outside {@code themes} are not scored here.
 */
record GoldDocument(String id, String text, List<String> themes, Map<String, List<Span>> spans) {

    GoldDocument {
        themes = List.copyOf(themes);
        spans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spans));
    }
}

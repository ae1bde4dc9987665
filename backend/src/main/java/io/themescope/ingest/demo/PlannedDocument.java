package io.themescope.ingest.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A demo document together with how many times each theme was deliberately written into its text,
 * keyed by theme id in {@link DemoTheme} order (every id present, zero when absent). This is the ground truth an extractor test
 * can compare its counts against.
 */
public record PlannedDocument(DemoDocument document, Map<String, Integer> intendedMentions) {

    public PlannedDocument {
        intendedMentions = Collections.unmodifiableMap(new LinkedHashMap<>(intendedMentions));
    }

    public int intended(String themeId) {
        Integer count = intendedMentions.get(themeId);
        if (count == null) {
            throw new IllegalArgumentException("no demo theme with id '" + themeId + "'");
        }
        return count;
    }
}

package io.themescope.ingest;

import io.themescope.themes.Mention;

import java.util.List;
import java.util.Map;

/**
 * A validated document after the CPU work: its stable id and content hash, word count, mentions
 * and per-theme counts. Preparing happens outside any lock; storing is then a few inserts.
 */
record PreparedDocument(String id, String contentHash, NewDocument document, int words, List<Mention> mentions,
                        Map<String, Integer> themeCounts) {
}

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

    /** Where each page of the original starts in the text; null when it has no pages. */
    List<Integer> pageStarts() {
        return document.source() == null ? null : document.source().conversion().pageStarts();
    }

    /** The same document with a meeting named by id replaced by the stored meeting's facts. */
    PreparedDocument withMeeting(NewDocument.MeetingInput meeting) {
        return new PreparedDocument(DocumentIds.documentId(meeting.id(), contentHash), contentHash,
                document.withMeeting(meeting), words, mentions, themeCounts);
    }
}

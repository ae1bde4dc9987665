package io.themescope.documents;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.themescope.meetings.MeetingRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A stored document as the API shows it: metadata, meeting, theme counts, mentions and optionally the text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DocumentView(String id, String title, String kind, LocalDate publishedOn, String sourceUrl, String language,
                    long words, String contentHash, String taxonomyVersion, LocalDateTime ingestedAt, boolean synthetic,
                    MeetingRef meeting, SourceView source, Map<String, Integer> themes, List<MentionView> mentions,
                    String text) {

    /** {@code page} is the page of the original file, null where the format has no pages. */
    record MentionView(String theme, String term, int start, int end, String sentence, int sentenceStart,
                       Integer page) {
    }

    /** Provenance of a document uploaded as a file; absent for documents sent as JSON text. */
    record SourceView(String format, String contentType, String fileName, long size, String sha256, Integer pages,
                      String converter, List<String> notes) {
    }
}

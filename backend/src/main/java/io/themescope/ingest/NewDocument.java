package io.themescope.ingest;

import java.time.LocalDate;

/** A validated document to ingest, with the meeting it belongs to. Built only by {@link DocumentRequestParser}. */
public record NewDocument(String title, String kind, LocalDate publishedOn, String sourceUrl, String language,
                          MeetingInput meeting, String text, boolean synthetic) {

    /** The meeting as the request describes it; {@link #id()} is stable for the same series and number (or date). */
    public record MeetingInput(String series, Integer number, PartialDate date, String hostCountry, String hostCity,
                               String title) {

        public String id() {
            String slug = series.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-+|-+$)", "");
            return number != null ? slug + "-" + number : slug + "-" + date.text();
        }
    }
}

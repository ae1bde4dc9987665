package io.themescope.ingest;

import java.time.LocalDate;

/**
 * A validated document to ingest, with the meeting it belongs to and, when it came as a file, the
 * original and its conversion. Built only by {@link DocumentRequestParser} (and the demo loader).
 */
public record NewDocument(String title, String kind, LocalDate publishedOn, String sourceUrl, String language,
                          MeetingInput meeting, String text, boolean synthetic, Source source) {

    public NewDocument(String title, String kind, LocalDate publishedOn, String sourceUrl, String language,
                       MeetingInput meeting, String text, boolean synthetic) {
        this(title, kind, publishedOn, sourceUrl, language, meeting, text, synthetic, null);
    }

    NewDocument withMeeting(MeetingInput m) {
        return new NewDocument(title, kind, publishedOn, sourceUrl, language, m, text, synthetic, source);
    }

    /**
     * The meeting as the request describes it; {@link #id()} is stable for the same series and number
     * (or date). A request that names a stored meeting by id only ({@link #reference}) carries just
     * {@code ref} until the store fills in the stored facts.
     */
    public record MeetingInput(String series, Integer number, PartialDate date, String hostCountry, String hostCity,
                               String title, String ref) {

        public MeetingInput(String series, Integer number, PartialDate date, String hostCountry, String hostCity,
                            String title) {
            this(series, number, date, hostCountry, hostCity, title, null);
        }

        public static MeetingInput reference(String id) {
            return new MeetingInput(null, null, null, null, null, null, id);
        }

        /** Named by id only: the facts come from the stored meeting. */
        public boolean isReference() {
            return series == null;
        }

        public String id() {
            if (ref != null) {
                return ref;
            }
            String slug = series.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-+|-+$)", "");
            return number != null ? slug + "-" + number : slug + "-" + date.text();
        }
    }
}

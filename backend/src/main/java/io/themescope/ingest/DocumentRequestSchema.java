package io.themescope.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON a document is posted as, for the API description only: the body is read as bytes and
 * checked by {@link DocumentRequestParser}, which reports unknown fields instead of dropping them.
 */
@Schema(name = "DocumentRequest", description = "One document and the meeting it belongs to.")
record DocumentRequestSchema(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"}) String kind,
        @Schema(format = "date", example = "2024-11-20") String publishedOn,
        @Schema(format = "uri") String sourceUrl,
        @Schema(description = "BCP 47 language tag; default en", example = "en") String language,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Meeting meeting,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The text; its mentions are counted, the title's are not.") String text,
        @Schema(description = "Marks generated (non-real) text; default false") Boolean synthetic) {

    @Schema(name = "DocumentRequestMeeting")
    record Meeting(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ADMM") String series,
            @Schema(description = "Omit for unnumbered meetings (retreats, special meetings)", minimum = "1") Integer number,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "YYYY-MM-DD, or YYYY-MM / YYYY when the sources give no day",
                    example = "2024-11-20") String date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166-1 alpha-2", example = "LA") String hostCountry,
            @Schema(description = "Omit for meetings held by video conference", example = "Vientiane") String hostCity,
            @Schema(description = "Title or motto of the meeting") String title) {
    }
}

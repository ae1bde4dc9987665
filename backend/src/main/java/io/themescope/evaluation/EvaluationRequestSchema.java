package io.themescope.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The JSON an evaluation is posted as, for the API description only: the body is read as bytes and
 * checked by {@link EvaluationRequest} and {@link GoldReader}, which name every broken rule.
 */
@Schema(name = "EvaluationRequest", description = "Gold labels and, optionally, the documents they label.")
record EvaluationRequestSchema(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Gold gold,
        @Schema(description = "The documents to evaluate; omit to evaluate the stored documents whose ids are the"
                + " gold's document keys. Documents without gold are skipped with a warning.") List<Document> documents) {

    @Schema(name = "EvaluationGold", description = "Hand-labelled mentions in the format of the validation corpus:"
            + " offsets count Unicode code points, text[start:end] is the span's text.")
    record Gold(String version, String standard,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Theme ids to evaluate; other themes"
                        + " are not scored") List<String> themes,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Document id → theme id → spans;"
                        + " every listed theme has an entry, [] when it has no mention")
                Map<String, Map<String, List<Span>>> documents) {
    }

    @Schema(name = "EvaluationGoldSpan")
    record Span(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Integer start,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Exclusive") Integer end,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
    }

    @Schema(name = "EvaluationDocument", description = "Other fields (a corpus file's meeting facts) are ignored.")
    record Document(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
    }
}

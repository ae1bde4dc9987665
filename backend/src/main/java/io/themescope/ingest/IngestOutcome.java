package io.themescope.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.themescope.web.ApiError;

import java.util.List;
import java.util.Map;

/** What happened to one document: stored, recognised as a duplicate, or rejected with reasons. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestOutcome(String id, boolean duplicate, Integer words, Map<String, Integer> themes,
                            List<ApiError> errors, ConversionSummary conversion,
                            @JsonIgnore int status) {

    static IngestOutcome stored(PreparedDocument d) {
        return new IngestOutcome(d.id(), false, d.words(), d.themeCounts(), null, null, 0);
    }

    static IngestOutcome duplicate(String id, int words, Map<String, Integer> themes) {
        return new IngestOutcome(id, true, words, themes, null, null, 0);
    }

    /** Refused by the store: a meeting conflict (409). */
    static IngestOutcome rejected(List<ApiError> errors) {
        return rejected(409, errors);
    }

    static IngestOutcome rejected(int status, List<ApiError> errors) {
        return new IngestOutcome(null, false, null, null, errors, null, status);
    }

    /** This outcome with what the conversion of its file did. */
    IngestOutcome withConversion(ConversionSummary c) {
        return new IngestOutcome(id, duplicate, words, themes, errors, c, status);
    }

    /** Not part of the response: a rejected outcome becomes a problem response or a bulk report line. */
    @JsonIgnore
    public boolean isRejected() {
        return errors != null;
    }
}

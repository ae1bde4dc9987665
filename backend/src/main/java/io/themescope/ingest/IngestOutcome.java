package io.themescope.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.themescope.web.ApiError;

import java.util.List;
import java.util.Map;

/** What happened to one document: stored, recognised as a duplicate, or rejected with reasons. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestOutcome(String id, boolean duplicate, Integer words, Map<String, Integer> themes,
                            List<ApiError> errors) {

    static IngestOutcome stored(PreparedDocument d) {
        return new IngestOutcome(d.id(), false, d.words(), d.themeCounts(), null);
    }

    static IngestOutcome duplicate(String id, int words, Map<String, Integer> themes) {
        return new IngestOutcome(id, true, words, themes, null);
    }

    static IngestOutcome rejected(List<ApiError> errors) {
        return new IngestOutcome(null, false, null, null, errors);
    }

    /** Not part of the response: a rejected outcome becomes a problem response or a bulk report line. */
    @JsonIgnore
    public boolean isRejected() {
        return errors != null;
    }
}

package io.themescope.ingest;

import io.themescope.web.ApiError;

import java.util.ArrayList;
import java.util.List;

/** The summary of a bulk ingest: counts, and every rejected line with its reasons. */
public record BulkReport(long accepted, long duplicates, List<Rejected> rejected) {

    public record Rejected(long line, List<ApiError> errors) {
    }

    static final class Builder {
        private long accepted;
        private long duplicates;
        private final List<Rejected> rejected = new ArrayList<>();

        Builder add(List<IngestService.Result> results) {
            for (IngestService.Result r : results) {
                if (r.outcome().isRejected()) {
                    rejected.add(new Rejected(r.line(), r.outcome().errors()));
                } else if (r.outcome().duplicate()) {
                    duplicates++;
                } else {
                    accepted++;
                }
            }
            return this;
        }

        BulkReport build() {
            return new BulkReport(accepted, duplicates, List.copyOf(rejected));
        }
    }
}

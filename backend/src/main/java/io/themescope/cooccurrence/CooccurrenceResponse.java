package io.themescope.cooccurrence;

import io.themescope.analytics.Meta;

import java.time.LocalDate;
import java.util.List;

/**
 * Theme pairs that appear in the same unit. {@code units} is N: sentences (or documents) that
 * mention at least one theme under the filters; Jaccard, PMI (log2) and lift are computed over it.
 */
public record CooccurrenceResponse(ResolvedQuery query, Meta meta, long units, List<ThemeUnits> themes,
                                   List<Pair> pairs) {

    public record ResolvedQuery(List<String> theme, String scope, LocalDate from, LocalDate to, List<String> series,
                                List<String> host, List<String> kind) {
    }

    public record ThemeUnits(String theme, String label, long units) {
    }

    public record Pair(String a, String b, long count, Double jaccard, Double pmi, Double lift) {
    }
}

package io.themescope.compare;

import io.themescope.analytics.Meta;

import java.time.LocalDate;
import java.util.List;

/**
 * Host-country emphases: per host its meetings, documents, words and per theme the counts, rates,
 * lift and adjusted residual of the host × theme table, plus the test of independence over it.
 */
public record HostsResponse(ResolvedQuery query, Meta meta, List<ThemeTotal> themes, List<Host> hosts, Test test) {

    public record ResolvedQuery(List<String> theme, LocalDate from, LocalDate to, List<String> series,
                                List<String> host, List<String> kind, String sort) {
    }

    public record ThemeTotal(String theme, String label, long mentions, boolean inTable) {
    }

    public record Host(String host, long meetings, long documents, long words, long mentions, boolean inTable,
                       List<Cell> themes) {
    }

    /** per10k is null without words; share, lift, expected and residual are null outside the tested table. */
    public record Cell(String theme, long mentions, Double per10k, Double share, Double lift, Double expected,
                       Double residual) {
    }

    public record Test(Double chiSquare, Integer df, Double pValue, Double cramersV, Integer lowExpectedCells,
                       Double lowExpectedFraction, long total, String note) {
    }
}

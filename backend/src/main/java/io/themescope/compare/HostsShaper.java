package io.themescope.compare;

import io.themescope.analytics.Meta;
import io.themescope.stats.ContingencyResult;
import io.themescope.stats.ContingencyTest;
import io.themescope.themes.Taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Shape stage of the host comparison, pure: builds the host × theme table, runs the test of
 * independence, and reads per-cell share, lift and adjusted residual off it. Hosts or themes with
 * no mentions cannot enter the test; they stay in the answer, marked and named in a warning.
 */
final class HostsShaper {

    static final double LOW_EXPECTED_LIMIT = 0.20;

    private final Taxonomy taxonomy;

    HostsShaper(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    HostsResponse shape(HostsQuery q, HostsData data, String taxonomyVersion) {
        List<String> warnings = new ArrayList<>();
        TreeSet<String> hostSet = new TreeSet<>();
        hostSet.addAll(data.meetings().keySet());
        hostSet.addAll(data.totals().keySet());
        hostSet.addAll(data.mentions().keySet());
        List<String> hosts = new ArrayList<>(hostSet);
        List<String> themes = q.themes();

        long[][] table = new long[hosts.size()][themes.size()];
        for (int r = 0; r < hosts.size(); r++) {
            Map<String, Long> row = data.mentions().getOrDefault(hosts.get(r), Map.of());
            for (int c = 0; c < themes.size(); c++) {
                table[r][c] = row.getOrDefault(themes.get(c), 0L);
            }
        }
        ContingencyResult test = ContingencyTest.of(table);
        Map<Long, ContingencyResult.Cell> cells = new HashMap<>();
        for (List<ContingencyResult.Cell> row : test.cells()) {
            for (ContingencyResult.Cell cell : row) {
                cells.put(((long) cell.row() << 32) | cell.column(), cell);
            }
        }

        List<HostsResponse.Host> out = new ArrayList<>();
        for (int r = 0; r < hosts.size(); r++) {
            String host = hosts.get(r);
            HostsData.Totals t = data.totals().getOrDefault(host, new HostsData.Totals(0, 0, false));
            long rowTotal = 0;
            for (long v : table[r]) {
                rowTotal += v;
            }
            boolean inTable = test.keptRows().contains(r);
            List<HostsResponse.Cell> row = new ArrayList<>();
            for (int c = 0; c < themes.size(); c++) {
                long m = table[r][c];
                ContingencyResult.Cell cell = cells.get(((long) r << 32) | c);
                boolean tested = test.testable() && cell != null;
                row.add(new HostsResponse.Cell(themes.get(c), m,
                        t.words() == 0 ? null : m * 10_000.0 / t.words(),
                        rowTotal == 0 ? null : m / (double) rowTotal,
                        tested ? cell.lift() : null,
                        tested ? cell.expected() : null,
                        tested ? cell.adjustedResidual() : null));
            }
            out.add(new HostsResponse.Host(host, data.meetings().getOrDefault(host, 0L), t.documents(), t.words(),
                    rowTotal, inTable, row));
        }
        out.sort(comparator(q.sort()));

        List<HostsResponse.ThemeTotal> themeTotals = new ArrayList<>();
        for (int c = 0; c < themes.size(); c++) {
            long total = 0;
            for (long[] row : table) {
                total += row[c];
            }
            String id = themes.get(c);
            themeTotals.add(new HostsResponse.ThemeTotal(id, taxonomy.theme(id).map(x -> x.label()).orElse(id), total,
                    test.keptColumns().contains(c)));
        }

        if (!test.droppedRows().isEmpty()) {
            warnings.add("Hosts with no mentions of these themes are left out of the test: "
                    + String.join(", ", test.droppedRows().stream().map(hosts::get).toList()) + ".");
        }
        if (!test.droppedColumns().isEmpty()) {
            warnings.add("Themes with no mentions are left out of the test: "
                    + String.join(", ", test.droppedColumns().stream().map(themes::get).toList()) + ".");
        }
        if (test.testable() && test.lowExpectedFraction() != null && test.lowExpectedFraction() > LOW_EXPECTED_LIMIT) {
            warnings.add(String.format(java.util.Locale.ROOT, "%d of the table's cells (%.0f%%) expect fewer than 5"
                            + " mentions; the chi-square p-value is unreliable at that size (Cochran's rule: at most 20%%).",
                    test.lowExpectedCells(), test.lowExpectedFraction() * 100));
        }
        if (!test.testable()) {
            warnings.add("No test of independence: " + test.degenerateReason());
        }
        boolean synthetic = data.totals().values().stream().anyMatch(HostsData.Totals::synthetic);
        if (synthetic) {
            warnings.add("These numbers include synthetic demo documents, not real meeting texts.");
        }
        var testView = new HostsResponse.Test(test.chiSquare(), test.degreesOfFreedom(), test.pValue(), test.cramersV(),
                test.lowExpectedCells(), test.lowExpectedFraction(), test.total(), test.degenerateReason());
        var resolved = new HostsResponse.ResolvedQuery(themes, q.filters().period().from(), q.filters().period().to(),
                q.filters().series(), q.filters().hosts(), q.filters().kinds(), q.sort().param());
        return new HostsResponse(resolved, new Meta(warnings, synthetic, taxonomyVersion), themeTotals, out, testView);
    }

    private static Comparator<HostsResponse.Host> comparator(HostSort sort) {
        Comparator<HostsResponse.Host> byHost = Comparator.comparing(HostsResponse.Host::host);
        return switch (sort) {
            case HOST -> byHost;
            case MEETINGS -> Comparator.comparingLong(HostsResponse.Host::meetings).reversed().thenComparing(byHost);
            case DOCUMENTS -> Comparator.comparingLong(HostsResponse.Host::documents).reversed().thenComparing(byHost);
            case WORDS -> Comparator.comparingLong(HostsResponse.Host::words).reversed().thenComparing(byHost);
            case MENTIONS -> Comparator.comparingLong(HostsResponse.Host::mentions).reversed().thenComparing(byHost);
        };
    }
}

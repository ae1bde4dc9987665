package io.themescope.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.special.Gamma;

/**
 * Pearson chi-square test of independence for a hosts × themes count table, with Cramér's V,
 * expected counts, adjusted residuals and lift per cell. All-zero rows and columns are dropped
 * first (they carry no information and would make expected counts zero); see
 * {@link ContingencyResult} for the fields and the degenerate cases.
 */
public final class ContingencyTest {

    /** Expected counts below this make the chi-square approximation doubtful (Cochran's rule). */
    public static final double LOW_EXPECTED = 5.0;

    private ContingencyTest() {
    }

    /**
     * Tests independence of rows and columns.
     *
     * @param table counts, {@code table[row][column]}; all rows must have the same length
     * @throws IllegalArgumentException for a ragged table or a negative count
     * @throws ArithmeticException if the grand total overflows a long
     */
    public static ContingencyResult of(long[][] table) {
        Objects.requireNonNull(table, "table");
        int columns = table.length == 0 ? 0 : Objects.requireNonNull(table[0], "table[0]").length;
        long[] rowSums = new long[table.length];
        long[] columnSums = new long[columns];
        long total = 0;
        for (int r = 0; r < table.length; r++) {
            long[] row = Objects.requireNonNull(table[r], "table[" + r + "]");
            if (row.length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + row.length + " columns, expected " + columns);
            }
            for (int c = 0; c < columns; c++) {
                if (row[c] < 0) {
                    throw new IllegalArgumentException("negative count at [" + r + "][" + c + "]: " + row[c]);
                }
                rowSums[r] = Math.addExact(rowSums[r], row[c]);
                columnSums[c] = Math.addExact(columnSums[c], row[c]);
                total = Math.addExact(total, row[c]);
            }
        }
        List<Integer> keptRows = new ArrayList<>();
        List<Integer> droppedRows = new ArrayList<>();
        splitByTotal(rowSums, keptRows, droppedRows);
        List<Integer> keptColumns = new ArrayList<>();
        List<Integer> droppedColumns = new ArrayList<>();
        splitByTotal(columnSums, keptColumns, droppedColumns);

        String reason = total == 0 ? "the table holds no counts"
                : keptRows.size() < 2 ? "fewer than two rows have counts; independence cannot be tested"
                : keptColumns.size() < 2 ? "fewer than two columns have counts; independence cannot be tested"
                : null;

        List<List<ContingencyResult.Cell>> cells = new ArrayList<>();
        double chiSquare = 0;
        int lowExpected = 0;
        for (int r : keptRows) {
            List<ContingencyResult.Cell> line = new ArrayList<>();
            for (int c : keptColumns) {
                long observed = table[r][c];
                double expected = (double) rowSums[r] * columnSums[c] / total;
                double deviation = observed - expected;
                chiSquare += deviation * deviation / expected;
                if (expected < LOW_EXPECTED) {
                    lowExpected++;
                }
                Double adjusted = reason != null ? null : deviation / Math.sqrt(expected
                        * (1 - (double) rowSums[r] / total) * (1 - (double) columnSums[c] / total));
                line.add(new ContingencyResult.Cell(r, c, observed, expected, adjusted, observed / expected));
            }
            cells.add(line);
        }
        List<Long> rowTotals = keptRows.stream().map(r -> rowSums[r]).toList();
        List<Long> columnTotals = keptColumns.stream().map(c -> columnSums[c]).toList();
        if (reason != null) {
            return new ContingencyResult(keptRows, keptColumns, droppedRows, droppedColumns, total,
                    rowTotals, columnTotals, cells, null, null, null, null, null, null, reason);
        }
        int df = (keptRows.size() - 1) * (keptColumns.size() - 1);
        int smaller = Math.min(keptRows.size(), keptColumns.size());
        double cramersV = Math.min(1.0, Math.sqrt(chiSquare / (total * (smaller - 1.0))));
        return new ContingencyResult(keptRows, keptColumns, droppedRows, droppedColumns, total,
                rowTotals, columnTotals, cells, chiSquare, df, upperTail(chiSquare, df), cramersV,
                lowExpected, lowExpected / (double) (keptRows.size() * keptColumns.size()), null);
    }

    /**
     * P(χ²_df ≥ x). The same quantity as 1 − ChiSquaredDistribution(df).cumulativeProbability(x),
     * computed as the regularized upper incomplete gamma Q(df/2, x/2) so that small p-values keep
     * their digits instead of rounding to 0.
     */
    static double upperTail(double x, int df) {
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    private static void splitByTotal(long[] totals, List<Integer> kept, List<Integer> dropped) {
        for (int i = 0; i < totals.length; i++) {
            (totals[i] > 0 ? kept : dropped).add(i);
        }
    }
}

package io.themescope.stats;

import java.util.List;

/**
 * Outcome of {@link ContingencyTest#of}: Pearson's test of independence between hosts (rows) and
 * themes (columns), plus the per-cell numbers that say where the association lies. Indices in
 * every list are positions in the caller's original table, so dropped rows and columns can be
 * named in a warning.
 *
 * <p>{@code rowTotals}, {@code columnTotals} and {@code cells} follow the order of
 * {@code keptRows} and {@code keptColumns}. When fewer than two rows or two columns remain, or
 * the table holds no counts, the test fields ({@code chiSquare}, {@code degreesOfFreedom},
 * {@code pValue}, {@code cramersV}, {@code lowExpectedCells}, {@code lowExpectedFraction}) are
 * null and {@code degenerateReason} says why; otherwise {@code degenerateReason} is null.
 */
public record ContingencyResult(
        List<Integer> keptRows,
        List<Integer> keptColumns,
        List<Integer> droppedRows,
        List<Integer> droppedColumns,
        long total,
        List<Long> rowTotals,
        List<Long> columnTotals,
        List<List<Cell>> cells,
        Double chiSquare,
        Integer degreesOfFreedom,
        Double pValue,
        Double cramersV,
        Integer lowExpectedCells,
        Double lowExpectedFraction,
        String degenerateReason) {

    public ContingencyResult {
        keptRows = List.copyOf(keptRows);
        keptColumns = List.copyOf(keptColumns);
        droppedRows = List.copyOf(droppedRows);
        droppedColumns = List.copyOf(droppedColumns);
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
        cells = cells.stream().map(List::copyOf).toList();
        Finite.require("chiSquare", chiSquare);
        Finite.require("pValue", pValue);
        Finite.require("cramersV", cramersV);
        Finite.require("lowExpectedFraction", lowExpectedFraction);
    }

    /** True when the independence test could be carried out. */
    public boolean testable() {
        return degenerateReason == null;
    }

    /**
     * One cell of the reduced table.
     *
     * @param row index of the row in the original table
     * @param column index of the column in the original table
     * @param expected rowTotal·columnTotal/N, the count expected under independence
     * @param adjustedResidual (O − E)/√(E·(1 − rowTotal/N)·(1 − columnTotal/N)), approximately
     *     standard normal under independence (Haberman 1973); null when the table is degenerate
     * @param lift O/E = p(row, column)/(p(row)·p(column)); above 1 means over-represented
     */
    public record Cell(int row, int column, long observed, double expected, Double adjustedResidual, double lift) {

        public Cell {
            Finite.require("expected", expected);
            Finite.require("adjustedResidual", adjustedResidual);
            Finite.require("lift", lift);
        }
    }
}

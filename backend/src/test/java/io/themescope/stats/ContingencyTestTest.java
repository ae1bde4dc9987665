package io.themescope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/*
 * Chi-square test of independence against Agresti's published party-identification tables, a
 * hand-computed 2×2 table and commons-math's ChiSquareTest; plus dropping and degenerate tables.
 */
class ContingencyTestTest {

    private static final double TWO_DECIMALS = 0.005;

    /*
     * Agresti, A. (2007), An Introduction to Categorical Data Analysis, 2nd ed., Wiley, §2.4:
     * party identification by gender (General Social Survey), Table 2.5.
     *             Democrat  Independent  Republican
     *   Females      762        327         468
     *   Males        484        239         477
     * Reported: X² = 30.07 (printed as 30.1), df = 2; adjusted (standardized) residuals for
     * females 4.50, 0.70, −5.32, and their negatives for males (Table 2.6).
     * By hand: N = 2757, row totals 1557/1200, column totals 1246/566/945; E(F, Dem) =
     * 1557·1246/2757 = 703.67; Cramér's V = √(30.07/2757) = 0.1044. For df = 2 the chi-square
     * upper tail is exactly exp(−X²/2).
     */
    @Test
    void matchesAgrestiPartyIdentificationByGender() {
        long[][] table = {{762, 327, 468}, {484, 239, 477}};

        ContingencyResult result = ContingencyTest.of(table);

        assertThat(result.testable()).isTrue();
        assertThat(result.total()).isEqualTo(2757);
        assertThat(result.rowTotals()).containsExactly(1557L, 1200L);
        assertThat(result.columnTotals()).containsExactly(1246L, 566L, 945L);
        assertThat(result.chiSquare()).isCloseTo(30.07, within(TWO_DECIMALS));
        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        assertThat(result.pValue()).isCloseTo(Math.exp(-result.chiSquare() / 2), within(1e-18));
        assertThat(result.cramersV()).isCloseTo(Math.sqrt(result.chiSquare() / 2757), within(1e-12));
        assertThat(result.cramersV()).isCloseTo(0.1044, within(5e-5));
        assertThat(result.cells().get(0).get(0).expected()).isCloseTo(1557.0 * 1246 / 2757, within(1e-9));
        assertThat(result.cells().get(0).get(0).expected()).isCloseTo(703.67, within(TWO_DECIMALS));
        assertThat(adjustedResiduals(result, 0)).containsExactly(new double[] {4.50, 0.70, -5.32}, within(TWO_DECIMALS));
        assertThat(adjustedResiduals(result, 1)).containsExactly(new double[] {-4.50, -0.70, 5.32}, within(TWO_DECIMALS));
        assertThat(result.lowExpectedCells()).isZero();
        assertThat(result.lowExpectedFraction()).isEqualTo(0.0);
        assertThat(result.droppedRows()).isEmpty();
        assertThat(result.droppedColumns()).isEmpty();

        assertThat(result.chiSquare()).isCloseTo(new ChiSquareTest().chiSquare(table), within(1e-9));
        assertThat(result.pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(table), within(1e-12));
    }

    /*
     * Agresti, A. (2002), Categorical Data Analysis, 2nd ed., Wiley, Table 3.2: the earlier
     * party identification by gender data (1991 General Social Survey).
     *   Females 279 73 225 / Males 165 47 191
     * Reported: X² = 7.01, df = 2, P = 0.03; adjusted residuals for females 2.29, 0.46, −2.62.
     */
    @Test
    void matchesAgrestiCategoricalDataAnalysisTableThreeTwo() {
        long[][] table = {{279, 73, 225}, {165, 47, 191}};

        ContingencyResult result = ContingencyTest.of(table);

        assertThat(result.chiSquare()).isCloseTo(7.01, within(TWO_DECIMALS));
        assertThat(result.pValue()).isCloseTo(0.03, within(TWO_DECIMALS));
        assertThat(adjustedResiduals(result, 0)).containsExactly(new double[] {2.29, 0.46, -2.62}, within(TWO_DECIMALS));
        assertThat(result.chiSquare()).isCloseTo(new ChiSquareTest().chiSquare(table), within(1e-9));
    }

    /*
     * Hand-computed 2×2: {{10, 20}, {30, 40}}, N = 100, row totals 30/70, column totals 40/60.
     * E = 12, 18, 28, 42; X² = 4·(1/12 + 1/18 + 1/28 + 1/42) = 200/252 = 0.793651; df = 1;
     * V = √(X²/100) = 0.089087; adjusted residual (0,0) = −2/√(12·0.7·0.6) = −0.890871,
     * whose square equals X² as it must for a 2×2 table; p = P(|N(0,1)| ≥ 0.890871) = 0.372998.
     * Lift (0,0) = 10/12.
     */
    @Test
    void twoByTwoByHand() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{10, 20}, {30, 40}});

        assertThat(result.chiSquare()).isCloseTo(200.0 / 252.0, within(1e-12));
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        assertThat(result.cramersV()).isCloseTo(Math.sqrt(200.0 / 252.0 / 100), within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.372998, within(1e-6));
        ContingencyResult.Cell cell = result.cells().get(0).get(0);
        assertThat(cell.expected()).isCloseTo(12.0, within(1e-12));
        assertThat(cell.adjustedResidual()).isCloseTo(-2 / Math.sqrt(12 * 0.7 * 0.6), within(1e-12));
        assertThat(cell.adjustedResidual() * cell.adjustedResidual()).isCloseTo(result.chiSquare(), within(1e-12));
        assertThat(cell.lift()).isCloseTo(10.0 / 12.0, within(1e-12));
        assertThat(result.cells().get(1).get(1).lift()).isCloseTo(40.0 / 42.0, within(1e-12));
    }

    /* A 3×4 table cross-checked against commons-math, statistic and p-value. */
    @Test
    void agreesWithCommonsMathOnALargerTable() {
        long[][] table = {{12, 5, 30, 8}, {7, 14, 9, 21}, {18, 3, 11, 6}};

        ContingencyResult result = ContingencyTest.of(table);

        assertThat(result.chiSquare()).isCloseTo(new ChiSquareTest().chiSquare(table), within(1e-9));
        assertThat(result.pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(table), within(1e-12));
        assertThat(result.degreesOfFreedom()).isEqualTo(6);
        assertThat(result.cramersV()).isCloseTo(Math.sqrt(result.chiSquare() / (result.total() * 2.0)), within(1e-12));
    }

    /* The gamma-based upper tail equals 1 − CDF where the latter is accurate, and keeps digits beyond. */
    @Test
    void upperTailMatchesChiSquaredDistribution() {
        for (int df : new int[] {1, 2, 5, 12}) {
            for (double x : new double[] {0.0, 0.5, 3.0, 10.0, 25.0}) {
                double reference = 1 - new ChiSquaredDistribution(df).cumulativeProbability(x);
                assertThat(ContingencyTest.upperTail(x, df)).isCloseTo(reference, within(1e-12));
            }
        }
        assertThat(ContingencyTest.upperTail(200.0, 2)).isCloseTo(Math.exp(-100), within(1e-55));
    }

    /*
     * The Agresti table with an empty host row and an empty theme column inserted: the statistic
     * is unchanged, the dropped positions are reported, and cells keep original indices.
     */
    @Test
    void dropsEmptyRowsAndColumnsAndReportsThem() {
        long[][] table = {{762, 0, 327, 468}, {0, 0, 0, 0}, {484, 0, 239, 477}};

        ContingencyResult result = ContingencyTest.of(table);

        assertThat(result.droppedRows()).containsExactly(1);
        assertThat(result.droppedColumns()).containsExactly(1);
        assertThat(result.keptRows()).containsExactly(0, 2);
        assertThat(result.keptColumns()).containsExactly(0, 2, 3);
        assertThat(result.chiSquare()).isCloseTo(30.07, within(TWO_DECIMALS));
        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        ContingencyResult.Cell maleRepublican = result.cells().get(1).get(2);
        assertThat(maleRepublican.row()).isEqualTo(2);
        assertThat(maleRepublican.column()).isEqualTo(3);
        assertThat(maleRepublican.observed()).isEqualTo(477);
        assertThat(maleRepublican.adjustedResidual()).isCloseTo(5.32, within(TWO_DECIMALS));
    }

    /* {{3, 1}, {1, 3}}: every expected count is 2, below 5. */
    @Test
    void countsLowExpectedCells() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{3, 1}, {1, 3}});

        assertThat(result.lowExpectedCells()).isEqualTo(4);
        assertThat(result.lowExpectedFraction()).isEqualTo(1.0);
        ContingencyResult mixed = ContingencyTest.of(new long[][] {{50, 2}, {40, 8}});
        // E = 46.8, 5.2, 43.2, 4.8: one cell below 5.
        assertThat(mixed.lowExpectedCells()).isEqualTo(1);
        assertThat(mixed.lowExpectedFraction()).isEqualTo(0.25);
    }

    @Test
    void singleRowLeftIsDegenerate() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{4, 6, 0}, {0, 0, 0}});

        assertThat(result.testable()).isFalse();
        assertThat(result.degenerateReason()).contains("rows");
        assertThat(result.droppedRows()).containsExactly(1);
        assertThat(result.droppedColumns()).containsExactly(2);
        assertTestFieldsNull(result);
        ContingencyResult.Cell cell = result.cells().get(0).get(0);
        assertThat(cell.expected()).isEqualTo(4.0);
        assertThat(cell.lift()).isEqualTo(1.0);
        assertThat(cell.adjustedResidual()).isNull();
    }

    @Test
    void singleColumnIsDegenerate() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{4}, {9}});

        assertThat(result.degenerateReason()).contains("columns");
        assertTestFieldsNull(result);
        assertThat(result.cells()).hasSize(2);
    }

    @Test
    void emptyTablesAreDegenerate() {
        for (long[][] table : List.of(new long[][] {{0, 0}, {0, 0}}, new long[0][], new long[][] {{}, {}})) {
            ContingencyResult result = ContingencyTest.of(table);

            assertThat(result.total()).isZero();
            assertThat(result.degenerateReason()).contains("no counts");
            assertThat(result.cells()).isEmpty();
            assertTestFieldsNull(result);
        }
    }

    @Test
    void invalidTablesAreRejected() {
        assertThatThrownBy(() -> ContingencyTest.of(new long[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> ContingencyTest.of(new long[][] {{1, -2}, {3, 4}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> ContingencyTest.of(new long[][] {{Long.MAX_VALUE, 1}, {1, 1}}))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void resultListsAreImmutable() {
        ContingencyResult result = ContingencyTest.of(new long[][] {{10, 20}, {30, 40}});

        assertThatThrownBy(() -> result.cells().get(0).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.droppedRows().add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void assertTestFieldsNull(ContingencyResult result) {
        assertThat(result.chiSquare()).isNull();
        assertThat(result.degreesOfFreedom()).isNull();
        assertThat(result.pValue()).isNull();
        assertThat(result.cramersV()).isNull();
        assertThat(result.lowExpectedCells()).isNull();
        assertThat(result.lowExpectedFraction()).isNull();
    }

    private static double[] adjustedResiduals(ContingencyResult result, int row) {
        return result.cells().get(row).stream().mapToDouble(ContingencyResult.Cell::adjustedResidual).toArray();
    }
}

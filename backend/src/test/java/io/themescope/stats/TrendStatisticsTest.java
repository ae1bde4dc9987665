package io.themescope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/*
 * Trend statistics against a textbook regression (Anscombe), a public Mann-Kendall worked example,
 * hand computations from the definitions, commons-math cross-checks and an exact permutation check
 * of the tie-corrected variance; plus the documented edge cases.
 */
class TrendStatisticsTest {

    private static final double EXACT = 1e-12;

    private static Trend trend(double[] x, double[] y) {
        return TrendStatistics.of(x, y).orElseThrow();
    }

    private static double[] index(int n) {
        return IntStream.rangeClosed(1, n).asDoubleStream().toArray();
    }

    /*
     * Anscombe, F. J. (1973), "Graphs in Statistical Analysis", The American Statistician 27(1),
     * 17-21, data set I. The commonly quoted fit for every set of the quartet is
     * y = 3.0001 + 0.5001 x with r² = 0.6665 (to four decimals).
     */
    @Test
    void olsMatchesAnscombeQuartetSetOne() {
        double[] x = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
        double[] y = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};

        Trend t = trend(x, y);

        assertThat(t.n()).isEqualTo(11);
        assertThat(t.olsSlope()).isCloseTo(0.5001, within(5e-5));
        assertThat(t.olsIntercept()).isCloseTo(3.0001, within(5e-5));
        assertThat(t.rSquared()).isCloseTo(0.6665, within(5e-5));

        SimpleRegression reference = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            reference.addData(x[i], y[i]);
        }
        assertThat(t.olsSlope()).isCloseTo(reference.getSlope(), within(EXACT));
        assertThat(t.olsIntercept()).isCloseTo(reference.getIntercept(), within(EXACT));
        assertThat(t.rSquared()).isCloseTo(reference.getRSquare(), within(EXACT));
        // Our p-value is computed from the lower tail of Student's t for precision; it must agree
        // with SimpleRegression.getSignificance() where that is accurate (p = 0.00217 here).
        assertThat(t.olsPValue()).isCloseTo(reference.getSignificance(), within(1e-12));
        assertThat(t.olsPValue()).isCloseTo(0.00217, within(5e-6));
    }

    /*
     * Hand-computed from the definitions (no published source) for
     * x = 1..5, y = 1, 3, 2, 3, 5 (one tie in y: the two 3s).
     *
     * Mann-Kendall: signs of y_j − y_i for i < j:
     *   from 1: + + + +   (4)      from 3: − 0 +   (0)
     *   from 2: + +       (2)      from 3: +       (1)      S = 7
     * Var(S) = [5·4·15 − 2·1·9]/18 = (300 − 18)/18 = 15.6667
     * Z = (7 − 1)/√15.6667 = 1.515873, two-sided p = 2(1 − Φ(1.515873)) = 0.129551
     * tau-b = 7/√(10 · (10 − 1)) = 0.737865 (10 pairs, one tied in y)
     * Sen: the 10 pairwise slopes sorted are −1, 0, 1/2, 2/3, 2/3, 1, 1, 3/2, 2, 2;
     *   median = (2/3 + 1)/2 = 5/6
     * OLS: x̄ = 3, ȳ = 2.8, Sxy = 8, Sxx = 10, slope 0.8, intercept 0.4, SST = 8.8,
     *   SSR = 0.8·8 = 6.4, r² = 6.4/8.8 = 8/11; SSE = 2.4, s² = 0.8, se = √0.08,
     *   t = 0.8/√0.08 = 2√2 on 3 df. Student's t with 3 df has the closed-form CDF
     *   F(t) = 1/2 + [u/(1 + u²) + atan u]/π with u = t/√3, so p = 2(1 − F(2√2)) = 0.066276.
     */
    @Test
    void smallSeriesWithTieMatchesHandComputation() {
        Trend t = trend(index(5), new double[] {1, 3, 2, 3, 5});

        assertThat(t.mannKendallS()).isEqualTo(7);
        assertThat(t.mannKendallVariance()).isCloseTo(282.0 / 18.0, within(EXACT));
        assertThat(t.mannKendallZ()).isCloseTo(6 / Math.sqrt(282.0 / 18.0), within(EXACT));
        assertThat(t.mannKendallZ()).isCloseTo(1.515873, within(1e-6));
        assertThat(t.mannKendallPValue()).isCloseTo(0.129551, within(1e-6));
        assertThat(t.kendallTau()).isCloseTo(7 / Math.sqrt(90), within(EXACT));
        assertThat(t.senSlope()).isCloseTo(5.0 / 6.0, within(EXACT));
        assertThat(t.olsSlope()).isCloseTo(0.8, within(EXACT));
        assertThat(t.olsIntercept()).isCloseTo(0.4, within(EXACT));
        assertThat(t.rSquared()).isCloseTo(8.0 / 11.0, within(EXACT));
        double u = 2 * Math.sqrt(2) / Math.sqrt(3);
        double cdf = 0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI;
        assertThat(t.olsPValue()).isCloseTo(2 * (1 - cdf), within(1e-12));
        assertThat(t.olsPValue()).isCloseTo(0.066276, within(1e-6));
    }

    /*
     * Worked Mann-Kendall example by hand in J. Little, "A Mann-Kendall Example ('By Hand')",
     * College of the Holy Cross course notes (Montserrat seminar): 14 successive values, 72
     * increases, 18 decreases and 1 tie among the 91 pairs, so S = 54;
     * V = (14)(13)(33)/18 − (2)(1)(9)/18 = 332.667; Z = (S − 1)/√V = 2.9058. The notes quote
     * the one-sided p ≈ .0018; the two-sided p used here is twice that, 0.00366.
     * The Sen slope 17/30 = 0.5667 and tau-b 0.596694 were cross-checked independently with
     * SciPy (theilslopes, kendalltau) during development.
     */
    @Test
    void mannKendallMatchesHolyCrossWorkedExample() {
        double[] y = {12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7};

        Trend t = trend(index(y.length), y);

        assertThat(t.mannKendallS()).isEqualTo(54);
        assertThat(t.mannKendallVariance()).isCloseTo(14.0 * 13 * 33 / 18 - 2.0 * 1 * 9 / 18, within(EXACT));
        assertThat(t.mannKendallZ()).isCloseTo(2.9058, within(5e-5));
        assertThat(t.mannKendallPValue()).isCloseTo(2 * 0.0018, within(1e-4));
        assertThat(t.mannKendallPValue()).isCloseTo(0.0036627, within(1e-7));
        assertThat(t.senSlope()).isCloseTo(17.0 / 30.0, within(EXACT));
        assertThat(t.kendallTau()).isCloseTo(0.596694, within(1e-6));
    }

    /* Kendall tau-b with ties in both variables must equal commons-math's KendallsCorrelation. */
    @Test
    void kendallTauBMatchesCommonsMathWithTiesInBothVariables() {
        double[] x = {1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 7, 8};
        double[] y = {3, 1, 4, 4, 2, 5, 5, 5, 9, 2, 6, 6};

        Trend t = trend(x, y);

        assertThat(t.kendallTau()).isCloseTo(new KendallsCorrelation().correlation(x, y), within(EXACT));
        double[] tied = {0, 0, 1, 1, 1, 2, 0, 3};
        assertThat(trend(index(tied.length), tied).kendallTau())
                .isCloseTo(new KendallsCorrelation().correlation(index(tied.length), tied), within(EXACT));
    }

    /*
     * The variance of S under "no trend" is its variance over all n! equally likely orderings of
     * y against x. Enumerating them checks the tie-corrected formula exactly: first with distinct
     * x (the Mann-Kendall form [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18), then with ties in x as well
     * (Kendall's general form).
     */
    @Test
    void varianceOfSEqualsItsExactPermutationVariance() {
        double[] y = {2, 2, 2, 5, 7, 7, 9};
        assertThat(KendallS.of(index(7), y).variance())
                .isCloseTo((7.0 * 6 * 19 - 3 * 2 * 11 - 2 * 1 * 9) / 18, within(EXACT))
                .isCloseTo(permutationVariance(index(7), y), within(1e-9));

        double[] tiedX = {1, 1, 2, 3, 3, 3, 4};
        assertThat(KendallS.of(tiedX, y).variance()).isCloseTo(permutationVariance(tiedX, y), within(1e-9));
    }

    private static double permutationVariance(double[] x, double[] y) {
        int[] order = IntStream.range(0, y.length).toArray();
        double[] sums = new double[2]; // Σ S, Σ S²
        long[] count = {0};
        permute(order, 0, () -> {
            double[] shuffled = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                shuffled[i] = y[order[i]];
            }
            long s = KendallS.of(x, shuffled).s();
            sums[0] += s;
            sums[1] += (double) s * s;
            count[0]++;
        });
        double mean = sums[0] / count[0];
        assertThat(mean).isCloseTo(0.0, within(1e-12));
        return sums[1] / count[0];
    }

    private static void permute(int[] a, int k, Runnable visit) {
        if (k == a.length) {
            visit.run();
            return;
        }
        for (int i = k; i < a.length; i++) {
            swap(a, k, i);
            permute(a, k + 1, visit);
            swap(a, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
    }

    @Test
    void inputOrderDoesNotMatter() {
        double[] x = {3, 1, 5, 2, 4};
        double[] y = {2, 1, 5, 3, 3};
        Trend shuffled = trend(x, y);
        Trend sorted = trend(index(5), new double[] {1, 3, 2, 3, 5});

        assertThat(shuffled.mannKendallS()).isEqualTo(sorted.mannKendallS());
        assertThat(shuffled.mannKendallPValue()).isEqualTo(sorted.mannKendallPValue());
        assertThat(shuffled.kendallTau()).isEqualTo(sorted.kendallTau());
        assertThat(shuffled.senSlope()).isEqualTo(sorted.senSlope());
        // OLS sums accumulate in input order, so only rounding may differ.
        assertThat(shuffled.olsSlope()).isCloseTo(sorted.olsSlope(), within(EXACT));
        assertThat(shuffled.olsPValue()).isCloseTo(sorted.olsPValue(), within(EXACT));
        assertThat(shuffled.rSquared()).isCloseTo(sorted.rSquared(), within(EXACT));
    }

    /*
     * All counts zero (a theme never mentioned): slope exactly 0, p-values 1 (S = 0 by the
     * Mann-Kendall convention; the OLS t = 0/0 is reported as 1 by our documented choice),
     * r² and tau-b undefined (null), Sen slope 0.
     */
    @Test
    void flatSeriesHasZeroSlopeAndNoEvidenceOfTrend() {
        for (double level : new double[] {0, 7}) {
            Trend t = trend(index(6), new double[] {level, level, level, level, level, level});

            assertThat(t.olsSlope()).isEqualTo(0.0);
            assertThat(t.olsIntercept()).isEqualTo(level);
            assertThat(t.olsPValue()).isEqualTo(1.0);
            assertThat(t.rSquared()).isNull();
            assertThat(t.kendallTau()).isNull();
            assertThat(t.mannKendallS()).isZero();
            assertThat(t.mannKendallVariance()).isCloseTo(0.0, within(1e-9));
            assertThat(t.mannKendallZ()).isEqualTo(0.0);
            assertThat(t.mannKendallPValue()).isEqualTo(1.0);
            assertThat(t.senSlope()).isEqualTo(0.0);
            assertThat(Double.doubleToRawLongBits(t.senSlope())).isEqualTo(Double.doubleToRawLongBits(0.0));
        }
    }

    @Test
    void fewerThanThreePointsGiveNoTrend() {
        assertThat(TrendStatistics.of(new double[0], new double[0])).isEmpty();
        assertThat(TrendStatistics.of(new double[] {2020}, new double[] {4})).isEmpty();
        assertThat(TrendStatistics.of(new double[] {2020, 2021}, new double[] {4, 9})).isEmpty();
        assertThat(TrendStatistics.of(new double[] {2020, 2021, 2022}, new double[] {4, 9, 1})).isPresent();
    }

    @Test
    void allXEqualGivesNoTrend() {
        assertThat(TrendStatistics.of(new double[] {5, 5, 5, 5}, new double[] {1, 2, 3, 4})).isEmpty();
    }

    /* n = 3 leaves one degree of freedom; an exact straight line has p = 0 and r² = 1. */
    @Test
    void exactLineOnThreePoints() {
        Trend t = trend(new double[] {0, 1, 2}, new double[] {1, 3, 5});

        assertThat(t.olsSlope()).isCloseTo(2.0, within(EXACT));
        assertThat(t.rSquared()).isCloseTo(1.0, within(EXACT));
        assertThat(t.olsPValue()).isCloseTo(0.0, within(1e-9));
        assertThat(t.senSlope()).isEqualTo(2.0);
        assertThat(t.kendallTau()).isEqualTo(1.0);
        // S = 3, Var = 3·2·11/18 = 11/3, Z = 2/√(11/3) = 1.04447, p = 2(1 − Φ(1.04447)) = 0.29627.
        assertThat(t.mannKendallS()).isEqualTo(3);
        assertThat(t.mannKendallPValue()).isCloseTo(0.29627, within(1e-5));
    }

    /*
     * Sen slope uses only pairs with distinct x. x = 1, 1, 2, 3 with y = 0, 4, 2, 6: the pair of
     * x = 1 is skipped; the other five slopes are 2, 3, −2, −1, 4 → sorted −2, −1, 2, 3, 4,
     * median 2.
     */
    @Test
    void senSlopeSkipsPairsWithEqualX() {
        Trend t = trend(new double[] {1, 1, 2, 3}, new double[] {0, 4, 2, 6});

        assertThat(t.senSlope()).isEqualTo(2.0);
    }

    @Test
    void invalidInputIsRejected() {
        assertThatThrownBy(() -> TrendStatistics.of(new double[] {1, 2, 3}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
        assertThatThrownBy(() -> TrendStatistics.of(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1]");
        assertThatThrownBy(() -> TrendStatistics.of(new double[] {1, Double.POSITIVE_INFINITY, 3}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1]");
        double[] tooMany = new double[TrendStatistics.MAX_POINTS + 1];
        assertThatThrownBy(() -> TrendStatistics.of(tooMany, tooMany))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
        assertThatThrownBy(() -> TrendStatistics.of(null, new double[0])).isInstanceOf(NullPointerException.class);
    }

    /* NaN points are rejected even when there are too few points for a trend. */
    @Test
    void nanIsRejectedBeforeTheSizeCheck() {
        assertThatThrownBy(() -> TrendStatistics.of(new double[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

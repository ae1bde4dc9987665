package io.themescope.stats;

import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Computes the {@link Trend} of a series of (x, y) points, x usually the bucket time and y the
 * mention count. Parametric and rank-based estimates are returned side by side so the caller can
 * show whether they agree; see {@link Trend} for the meaning and edge cases of each field.
 */
public final class TrendStatistics {

    /** Fewest points for which a trend is computed (OLS needs n − 2 ≥ 1 degrees of freedom). */
    public static final int MIN_POINTS = 3;

    /** Most points accepted: the Sen slope holds all n(n−1)/2 pairwise slopes in memory. */
    public static final int MAX_POINTS = 5_000;

    private TrendStatistics() {
    }

    /**
     * Trend of y against x; points may come in any order and x may repeat.
     *
     * @return empty when there are fewer than {@link #MIN_POINTS} points or when every x is
     *     equal (no variation over time, so no slope exists)
     * @throws IllegalArgumentException if the arrays differ in length, hold more than
     *     {@link #MAX_POINTS} points, or contain NaN or an infinity
     */
    public static Optional<Trend> of(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        if (x.length > MAX_POINTS) {
            throw new IllegalArgumentException("at most " + MAX_POINTS + " points are supported, got " + x.length);
        }
        Finite.checkInput("x", x);
        Finite.checkInput("y", y);
        if (x.length < MIN_POINTS || allEqual(x)) {
            return Optional.empty();
        }
        double[] xs = withoutNegativeZero(x);
        double[] ys = withoutNegativeZero(y);

        KendallS kendall = KendallS.of(xs, ys);
        double z = kendall.continuityCorrectedZ();
        double mkP = kendall.s() == 0 ? 1.0 : Math.min(1.0, Erf.erfc(Math.abs(z) / Math.sqrt(2.0)));
        Double sen = Finite.orNull(SenSlope.of(xs, ys));

        if (allEqual(ys)) {
            return Optional.of(new Trend(xs.length, 0.0, ys[0], 1.0, null, null,
                    kendall.s(), kendall.variance(), z, mkP, sen));
        }
        SimpleRegression ols = new SimpleRegression(true);
        for (int i = 0; i < xs.length; i++) {
            ols.addData(xs[i], ys[i]);
        }
        return Optional.of(new Trend(xs.length,
                Finite.orNull(ols.getSlope()),
                Finite.orNull(ols.getIntercept()),
                slopePValue(ols),
                Finite.orNull(ols.getRSquare()),
                kendall.tauB(),
                kendall.s(), kendall.variance(), z, mkP, sen));
    }

    /**
     * Two-sided p-value of the slope's t statistic. Equal to
     * {@link SimpleRegression#getSignificance()}, but taken from the lower tail of Student's t,
     * 2·F(−|t|), which keeps its precision for very small p where 1 − F(|t|) rounds to zero.
     */
    private static Double slopePValue(SimpleRegression ols) {
        double df = ols.getN() - 2.0;
        double t = ols.getSlope() / ols.getSlopeStdErr();
        if (Double.isNaN(t)) {
            return null;
        }
        // 2·F(−|t|) = I_{df/(df+t²)}(df/2, 1/2); t = ±∞ (an exact fit) gives 0.
        return Finite.orNull(Beta.regularizedBeta(df / (df + t * t), 0.5 * df, 0.5));
    }

    private static boolean allEqual(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** Copy with −0.0 replaced by 0.0, so that ties and signs never depend on the zero's sign. */
    private static double[] withoutNegativeZero(double[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i] + 0.0;
        }
        return copy;
    }
}

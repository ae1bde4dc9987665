package io.themescope.stats;

/**
 * Trend of one series read two ways: an ordinary-least-squares line with its t-test, and the
 * rank-based Kendall tau-b / Mann-Kendall test / Sen slope, which are robust to outliers and to
 * the skewed counts that theme mentions produce. Built by {@link TrendStatistics#of}.
 *
 * <p>Field meanings (two-sided p-values throughout):
 * <ul>
 *   <li>{@code olsSlope}, {@code olsIntercept}: least-squares line of y on x.
 *   <li>{@code olsPValue}: t-test of slope = 0 with n − 2 degrees of freedom. When every y is equal
 *       the fit is exact with slope 0 and the t statistic is 0/0; this is reported as 1.0 (no
 *       evidence of a trend), matching the Mann-Kendall convention for S = 0.
 *   <li>{@code rSquared}: coefficient of determination; null when every y is equal (no variance
 *       to explain).
 *   <li>{@code kendallTau}: Kendall's tau-b between x and y; null when every y is equal.
 *   <li>{@code mannKendallS}, {@code mannKendallVariance}, {@code mannKendallZ},
 *       {@code mannKendallPValue}: S = Σ sign(x_j − x_i)·sign(y_j − y_i) over all pairs, its
 *       tie-corrected variance under no trend, the continuity-corrected normal score and its
 *       two-sided p-value (1.0 when S = 0).
 *   <li>{@code senSlope}: median of (y_j − y_i)/(x_j − x_i) over all pairs with distinct x.
 * </ul>
 * The OLS and Sen fields are boxed only so that an arithmetic overflow on absurdly large inputs
 * becomes null rather than a non-finite number.
 */
public record Trend(
        int n,
        Double olsSlope,
        Double olsIntercept,
        Double olsPValue,
        Double rSquared,
        Double kendallTau,
        long mannKendallS,
        double mannKendallVariance,
        double mannKendallZ,
        double mannKendallPValue,
        Double senSlope) {

    public Trend {
        Finite.require("olsSlope", olsSlope);
        Finite.require("olsIntercept", olsIntercept);
        Finite.require("olsPValue", olsPValue);
        Finite.require("rSquared", rSquared);
        Finite.require("kendallTau", kendallTau);
        Finite.require("mannKendallVariance", mannKendallVariance);
        Finite.require("mannKendallZ", mannKendallZ);
        Finite.require("mannKendallPValue", mannKendallPValue);
        Finite.require("senSlope", senSlope);
    }
}

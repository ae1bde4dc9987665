package io.themescope.stats;

/**
 * Kendall's S statistic with the tie bookkeeping that both tau-b and the Mann-Kendall test need.
 * The variance is Kendall's general formula for ties in x and y (Kendall, Rank Correlation
 * Methods); with distinct x it reduces to the usual Mann-Kendall form
 * [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over the tie groups t of y.
 */
record KendallS(long s, double variance, Double tauB) {

    static KendallS of(double[] x, double[] y) {
        int n = x.length;
        long s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += (long) sign(x[j] - x[i]) * sign(y[j] - y[i]);
            }
        }
        TieSums tx = TieSums.of(x);
        TieSums ty = TieSums.of(y);
        double nn = n;
        double variance = (nn * (nn - 1) * (2 * nn + 5) - tx.cubic() - ty.cubic()) / 18.0
                + tx.falling3() / (9.0 * nn * (nn - 1) * (nn - 2)) * ty.falling3()
                + tx.pairs() / (2.0 * nn * (nn - 1)) * ty.pairs();

        double pairs = nn * (nn - 1) / 2.0;
        double untiedX = pairs - tx.pairs() / 2.0;
        double untiedY = pairs - ty.pairs() / 2.0;
        Double tauB = untiedX == 0 || untiedY == 0
                ? null
                : Math.max(-1.0, Math.min(1.0, s / Math.sqrt(untiedX * untiedY)));
        return new KendallS(s, Math.max(0.0, variance), tauB);
    }

    /** (S − sign S)/√Var(S), and 0 when S = 0. */
    double continuityCorrectedZ() {
        if (s == 0 || variance == 0) {
            return 0.0;
        }
        return (s - Long.signum(s)) / Math.sqrt(variance);
    }

    private static int sign(double d) {
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }
}

package io.themescope.stats;

import java.util.Arrays;

/**
 * Sen's (Theil-Sen) slope: the median of the slopes of all pairs of points whose x differ. It is
 * the rank-based companion of the Mann-Kendall test and ignores up to ~29% of outlying points.
 */
final class SenSlope {

    private SenSlope() {
    }

    /** The median pairwise slope, or NaN if no two points have different x. */
    static double of(double[] x, double[] y) {
        int n = x.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = x[j] - x[i];
                if (dx != 0) {
                    slopes[count++] = (y[j] - y[i]) / dx;
                }
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(slopes, 0, count);
        int mid = count / 2;
        double median = count % 2 == 1 ? slopes[mid] : 0.5 * slopes[mid - 1] + 0.5 * slopes[mid];
        return median + 0.0; // a flat series yields -0.0 from negative dx; report it as 0.0
    }
}

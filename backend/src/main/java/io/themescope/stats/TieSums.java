package io.themescope.stats;

import java.util.Arrays;

/**
 * The three sums over groups of tied values that Kendall's variance and tau-b need, for group
 * sizes t: Σ t(t−1)(2t+5), Σ t(t−1)(t−2) and Σ t(t−1). Values are compared with ==.
 */
record TieSums(double cubic, double falling3, double pairs) {

    static TieSums of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        long cubic = 0;
        long falling3 = 0;
        long pairs = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                long t = i - start;
                cubic += t * (t - 1) * (2 * t + 5);
                falling3 += t * (t - 1) * (t - 2);
                pairs += t * (t - 1);
                start = i;
            }
        }
        return new TieSums(cubic, falling3, pairs);
    }
}

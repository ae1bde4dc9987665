package io.themescope.stats;

import java.util.Optional;
import org.apache.commons.math3.special.Erf;

/**
 * Wilson score interval for a binomial proportion (Wilson 1927), e.g. the share of a host's
 * documents that mention a theme. Unlike the textbook Wald interval it stays inside [0, 1] and
 * keeps near-nominal coverage for small counts and proportions near 0 or 1 (Newcombe 1998).
 * No continuity correction is applied.
 */
public record WilsonInterval(long successes, long trials, double confidence, double proportion, double low,
        double high) {

    public static final double DEFAULT_CONFIDENCE = 0.95;

    public WilsonInterval {
        Finite.require("confidence", confidence);
        Finite.require("proportion", proportion);
        Finite.require("low", low);
        Finite.require("high", high);
    }

    /** 95% interval; see {@link #of(long, long, double)}. */
    public static Optional<WilsonInterval> of(long successes, long trials) {
        return of(successes, trials, DEFAULT_CONFIDENCE);
    }

    /**
     * Two-sided Wilson score interval at the given confidence level.
     *
     * @return empty when {@code trials == 0} (no proportion exists)
     * @throws IllegalArgumentException for negative counts, {@code successes > trials}, or a
     *     confidence outside the open interval (0, 1)
     */
    public static Optional<WilsonInterval> of(long successes, long trials, double confidence) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "need 0 <= successes <= trials, got " + successes + " of " + trials);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        if (trials == 0) {
            return Optional.empty();
        }
        // z = Φ⁻¹(1 − α/2) with α = 1 − confidence, and Φ⁻¹(p) = √2·erf⁻¹(2p − 1).
        double z = Math.sqrt(2.0) * Erf.erfInv(confidence);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // The bounds are exactly 0 and 1 in these cases; set them so rounding cannot leave 1e-17.
        double low = successes == 0 ? 0.0 : Math.max(0.0, centre - halfWidth);
        double high = successes == trials ? 1.0 : Math.min(1.0, centre + halfWidth);
        return Optional.of(new WilsonInterval(successes, trials, confidence, p, low, high));
    }
}

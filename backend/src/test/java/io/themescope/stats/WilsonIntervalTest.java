package io.themescope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/*
 * Wilson score interval against Newcombe's (1998) published examples and its closed forms at the
 * boundaries.
 */
class WilsonIntervalTest {

    private static final double FOUR_DECIMALS = 5e-5;

    /*
     * Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion:
     * comparison of seven methods", Statistics in Medicine 17, 857-872. Its illustrative
     * examples, 95% Wilson score interval without continuity correction (Wilson 1927):
     *   81/263 → 0.2553–0.3662    15/148 → 0.0624–0.1605
     *    0/20  → 0.0000–0.1611     1/29  → 0.0061–0.1718
     */
    @Test
    void matchesNewcombeWorkedExamples() {
        assertInterval(81, 263, 0.2553, 0.3662);
        assertInterval(15, 148, 0.0624, 0.1605);
        assertInterval(0, 20, 0.0, 0.1611);
        assertInterval(1, 29, 0.0061, 0.1718);
    }

    private static void assertInterval(long successes, long trials, double low, double high) {
        WilsonInterval w = WilsonInterval.of(successes, trials).orElseThrow();
        assertThat(w.low()).as("low %d/%d", successes, trials).isCloseTo(low, within(FOUR_DECIMALS));
        assertThat(w.high()).as("high %d/%d", successes, trials).isCloseTo(high, within(FOUR_DECIMALS));
        assertThat(w.proportion()).isEqualTo((double) successes / trials);
        assertThat(w.confidence()).isEqualTo(0.95);
    }

    /*
     * Closed form at x = 0: the lower bound is exactly 0 and the upper bound is z²/(n + z²);
     * with z = 1.959963984540054 and n = 20 that is 3.841459/23.841459 = 0.161125.
     */
    @Test
    void zeroSuccessesHaveExactlyZeroLowerBound() {
        WilsonInterval w = WilsonInterval.of(0, 20).orElseThrow();
        double z = 1.959963984540054;

        assertThat(w.low()).isEqualTo(0.0);
        assertThat(w.high()).isCloseTo(z * z / (20 + z * z), within(1e-12));
    }

    /* The score interval is symmetric under swapping successes and failures. */
    @Test
    void allSuccessesMirrorNoSuccesses() {
        WilsonInterval none = WilsonInterval.of(0, 20).orElseThrow();
        WilsonInterval all = WilsonInterval.of(20, 20).orElseThrow();

        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(1 - none.high(), within(1e-12));
        WilsonInterval some = WilsonInterval.of(81, 263).orElseThrow();
        WilsonInterval rest = WilsonInterval.of(263 - 81, 263).orElseThrow();
        assertThat(rest.low()).isCloseTo(1 - some.high(), within(1e-12));
    }

    /* At 99% z = 2.5758293035489; x = 0 again gives the closed form z²/(n + z²). */
    @Test
    void otherConfidenceLevels() {
        double z = 2.5758293035489004;
        WilsonInterval w = WilsonInterval.of(0, 50, 0.99).orElseThrow();

        assertThat(w.high()).isCloseTo(z * z / (50 + z * z), within(1e-12));
        WilsonInterval narrow = WilsonInterval.of(81, 263, 0.80).orElseThrow();
        WilsonInterval wide = WilsonInterval.of(81, 263, 0.99).orElseThrow();
        assertThat(narrow.low()).isGreaterThan(wide.low());
        assertThat(narrow.high()).isLessThan(wide.high());
    }

    @Test
    void noTrialsGiveNoInterval() {
        assertThat(WilsonInterval.of(0, 0)).isEmpty();
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 2, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 2, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void veryLargeCountsStayInsideTheUnitInterval() {
        WilsonInterval w = WilsonInterval.of(1, Long.MAX_VALUE / 2).orElseThrow();

        assertThat(w.low()).isBetween(0.0, w.proportion());
        assertThat(w.high()).isBetween(w.proportion(), 1.0);
    }
}

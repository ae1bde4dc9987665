package io.themescope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/* Expected values are hand-computed from the definition in MovingAverage.centred. */
class MovingAverageTest {

    /* 1..5 with window 3: (1+2)/2, (1+2+3)/3, …, (4+5)/2; the two ends are truncated. */
    @Test
    void centredWindowOfThree() {
        Smoothed s = MovingAverage.centred(new Double[] {1.0, 2.0, 3.0, 4.0, 5.0}, 3);

        assertThat(s.values()).containsExactly(1.5, 2.0, 3.0, 4.0, 4.5);
        assertThat(s.truncatedPositions()).containsExactly(0, 4);
        assertThat(s.truncated()).isTrue();
        assertThat(s.window()).isEqualTo(3);
    }

    /* Window 5 over 7 points: positions 0, 1, 5, 6 reach past an edge. */
    @Test
    void centredWindowOfFive() {
        Smoothed s = MovingAverage.centred(new Double[] {0.0, 10.0, 0.0, 10.0, 0.0, 10.0, 0.0}, 5);

        // pos 0: (0+10+0)/3; pos 1: (0+10+0+10)/4; pos 2: 20/5; pos 3: 30/5; pos 4: 20/5;
        // pos 5: (10+0+10+0)/4; pos 6: (0+10+0)/3.
        assertThat(s.values()).containsExactly(10.0 / 3, 5.0, 4.0, 6.0, 4.0, 5.0, 10.0 / 3);
        assertThat(s.truncatedPositions()).containsExactly(0, 1, 5, 6);
    }

    /*
     * Nulls are skipped, not read as zero, and a null bucket stays null:
     * pos 0: {2} → 2 (truncated); pos 1: null; pos 2: {4, 6} → 5; pos 3: {4, 6} → 5; pos 4: null.
     * Position 4 is at the edge but produces no value, so it is not reported as truncated.
     */
    @Test
    void nullsAreSkippedAndStayNull() {
        Smoothed s = MovingAverage.centred(new Double[] {2.0, null, 4.0, 6.0, null}, 3);

        assertThat(s.values()).containsExactly(2.0, null, 5.0, 5.0, null);
        assertThat(s.truncatedPositions()).containsExactly(0);
    }

    /* A window wider than the series averages everything and every position is truncated. */
    @Test
    void windowLargerThanSeries() {
        Smoothed s = MovingAverage.centred(new Double[] {1.0, null, 5.0}, 9);

        assertThat(s.values()).containsExactly(3.0, null, 3.0);
        assertThat(s.truncatedPositions()).containsExactly(0, 2);
    }

    @Test
    void oneBucketAndAllNulls() {
        Smoothed one = MovingAverage.centred(new Double[] {7.0}, 3);
        assertThat(one.values()).containsExactly(7.0);
        assertThat(one.truncatedPositions()).containsExactly(0);

        Smoothed empty = MovingAverage.centred(new Double[] {null, null}, 3);
        assertThat(empty.values()).containsExactly(null, null);
        assertThat(empty.truncated()).isFalse();

        assertThat(MovingAverage.centred(new Double[0], 3).values()).isEmpty();
    }

    @Test
    void windowZeroOrOneIsOff() {
        Double[] input = {1.0, null, 3.0};
        for (int window : new int[] {0, 1}) {
            Smoothed s = MovingAverage.centred(input, window);

            assertThat(s.values()).containsExactly(1.0, null, 3.0);
            assertThat(s.truncated()).isFalse();
            assertThat(s.window()).isEqualTo(window);
        }
    }

    @Test
    void evenAndNegativeWindowsAreRejected() {
        Double[] input = {1.0, 2.0, 3.0};
        assertThatThrownBy(() -> MovingAverage.centred(input, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd");
        assertThatThrownBy(() -> MovingAverage.centred(input, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovingAverage.centred(input, -3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertThatThrownBy(() -> MovingAverage.centred(new Double[] {1.0, Double.NaN}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]");
        assertThatThrownBy(() -> MovingAverage.centred(new Double[] {Double.NEGATIVE_INFINITY}, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultIsIndependentOfTheInputArray() {
        Double[] input = {1.0, 2.0, 3.0};
        Smoothed off = MovingAverage.centred(input, 1);
        input[0] = 99.0;

        assertThat(off.values()).containsExactly(1.0, 2.0, 3.0);
        assertThatThrownBy(() -> off.values().set(0, 5.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}

package io.themescope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/* Expected values are hand-computed from Jaccard = both/(a + b − both), PMI = log2(both·N/(a·b)). */
class AssociationTest {

    /* a = 4, b = 4, both = 2, N = 8: Jaccard 2/6; p(a,b) = 1/4 = p(a)p(b), so PMI 0 and lift 1. */
    @Test
    void independentThemes() {
        Association a = Association.of(4, 4, 2, 8);

        assertThat(a.jaccard()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(a.pmi()).isEqualTo(0.0);
        assertThat(a.lift()).isEqualTo(1.0);
    }

    /* a = b = both = 2 of N = 8: always together; Jaccard 1, lift 2·8/4 = 4, PMI log2 4 = 2. */
    @Test
    void themesThatAlwaysCoOccur() {
        Association a = Association.of(2, 2, 2, 8);

        assertThat(a.jaccard()).isEqualTo(1.0);
        assertThat(a.lift()).isEqualTo(4.0);
        assertThat(a.pmi()).isCloseTo(2.0, within(1e-15));
    }

    /* a = 6, b = 5, both = 1, N = 10: Jaccard 1/10; lift 10/30 = 1/3; PMI = −log2 3 = −1.5849625. */
    @Test
    void themesThatAvoidEachOther() {
        Association a = Association.of(6, 5, 1, 10);

        assertThat(a.jaccard()).isCloseTo(0.1, within(1e-15));
        assertThat(a.lift()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(a.pmi()).isCloseTo(-Math.log(3) / Math.log(2), within(1e-12));
        assertThat(a.pmi()).isCloseTo(-1.5849625, within(1e-7));
    }

    /* Never together: PMI would be −∞, so it is null; Jaccard and lift are 0. */
    @Test
    void zeroCoOccurrence() {
        Association a = Association.of(3, 5, 0, 10);

        assertThat(a.pmi()).isNull();
        assertThat(a.jaccard()).isEqualTo(0.0);
        assertThat(a.lift()).isEqualTo(0.0);
    }

    @Test
    void absentThemes() {
        Association oneAbsent = Association.of(0, 5, 0, 10);
        assertThat(oneAbsent.jaccard()).isEqualTo(0.0);
        assertThat(oneAbsent.pmi()).isNull();
        assertThat(oneAbsent.lift()).isNull();

        Association bothAbsent = Association.of(0, 0, 0, 10);
        assertThat(bothAbsent.jaccard()).isNull();
        assertThat(bothAbsent.pmi()).isNull();
        assertThat(bothAbsent.lift()).isNull();

        Association noUnits = Association.of(0, 0, 0, 0);
        assertThat(noUnits.jaccard()).isNull();
        assertThat(noUnits.pmi()).isNull();
    }

    /* Counts near 10^12 must not overflow: a = b = both = 10^12 of N = 4·10^12 gives PMI 2. */
    @Test
    void largeCountsDoNotOverflow() {
        long t = 1_000_000_000_000L;
        Association a = Association.of(t, t, t, 4 * t);

        assertThat(a.pmi()).isCloseTo(2.0, within(1e-12));
        assertThat(a.jaccard()).isEqualTo(1.0);
    }

    @Test
    void impossibleCountsAreRejected() {
        assertThatThrownBy(() -> Association.of(2, 5, 3, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Association.of(6, 6, 1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds");
        assertThatThrownBy(() -> Association.of(-1, 5, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Association.of(1, 1, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Association.of(1, 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

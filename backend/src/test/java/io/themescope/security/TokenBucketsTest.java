package io.themescope.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets on a hand-stepped clock: the burst, the wait it reports, refilling, and the bound on clients. */
class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aBurstIsGrantedThenTheWaitForTheNextTokenIsReported() {
        TokenBuckets b = new TokenBuckets(3, 60, 100, now::get); // one token a second
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isEqualTo(1_000_000_000L);
        now.addAndGet(400_000_000L);
        assertThat(b.take("a")).isEqualTo(600_000_000L);
        assertThat(b.take("b")).as("another client has its own budget").isZero();
        now.addAndGet(600_000_000L);
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isEqualTo(1_000_000_000L);
    }

    @Test
    void refillingStopsAtTheBurst() {
        TokenBuckets b = new TokenBuckets(2, 60, 100, now::get);
        now.addAndGet(3_600_000_000_000L);
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isZero();
        assertThat(b.take("a")).isPositive();
    }

    @Test
    void theClientMapStaysBoundedAndDropsRefilledBucketsFirst() {
        TokenBuckets b = new TokenBuckets(1, 60, 3, now::get);
        b.take("busy");
        b.take("x1");
        b.take("x2");
        now.addAndGet(500_000_000L); // half a token back: nobody is full yet
        b.take("x3");
        assertThat(b.clients()).isLessThanOrEqualTo(3);
        for (int i = 0; i < 1000; i++) {
            b.take("c" + i);
        }
        assertThat(b.clients()).isLessThanOrEqualTo(3);
    }
}

package io.themescope.analytics;

import io.themescope.ingest.AnalyticsCacheInvalidation;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Hits, single flight for concurrent misses, and that nothing computed across a write is kept. */
class AnalyticsCacheTest {

    private final AnalyticsCache cache = new AnalyticsCache(8);
    private final AtomicInteger computed = new AtomicInteger();

    private Mono<String> slow(Sinks.One<String> answer) {
        return Mono.defer(() -> {
            computed.incrementAndGet();
            return answer.asMono();
        });
    }

    @Test
    void concurrentMissesShareOneComputationAndLaterCallsHit() {
        Sinks.One<String> answer = Sinks.one();
        Mono<String> a = cache.get("q", () -> slow(answer));
        Mono<String> b = cache.get("q", () -> slow(answer));
        var first = a.toFuture();
        var second = b.toFuture();
        assertThat(first).isNotDone();
        answer.tryEmitValue("42");
        assertThat(first.join()).isEqualTo("42");
        assertThat(second.join()).isEqualTo("42");
        assertThat(computed.get()).isEqualTo(1);
        assertThat(cache.joined()).isEqualTo(1);
        assertThat(cache.get("q", () -> Mono.just("other")).block()).isEqualTo("42");
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void anAnswerComputedAcrossAWriteIsNeitherKeptNorShared() {
        Sinks.One<String> old = Sinks.one();
        var before = cache.get("q", () -> slow(old)).toFuture();
        cache.dataChanged(new AnalyticsCacheInvalidation.DataChanged());
        Sinks.One<String> fresh = Sinks.one();
        var after = cache.get("q", () -> slow(fresh)).toFuture();
        assertThat(computed.get()).as("the caller after the write does not join the old computation").isEqualTo(2);
        old.tryEmitValue("stale");
        fresh.tryEmitValue("new");
        assertThat(before.join()).isEqualTo("stale");
        assertThat(after.join()).isEqualTo("new");
        assertThat(cache.get("q", () -> Mono.just("recomputed")).block()).isEqualTo("new");
    }

    @Test
    void aFailedComputationIsNotCachedAndTheNextCallerTriesAgain() {
        var failed = cache.get("q", () -> Mono.<String>error(new IllegalStateException("boom")));
        assertThat(failed.onErrorReturn("error").block()).isEqualTo("error");
        assertThat(cache.get("q", () -> Mono.just("ok")).block()).isEqualTo("ok");
    }

    @Test
    void bypassAlwaysComputes() {
        cache.get("q", () -> Mono.just("cached")).block();
        String fresh = cache.get("q", () -> Mono.just("fresh"))
                .contextWrite(c -> c.put(AnalyticsCache.BYPASS, Boolean.TRUE)).block();
        assertThat(fresh).isEqualTo("fresh");
    }
}

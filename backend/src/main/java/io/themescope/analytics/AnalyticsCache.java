package io.themescope.analytics;

import io.themescope.ingest.AnalyticsCacheInvalidation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small LRU of finished analytics answers keyed by their immutable query. Any write or reindex
 * clears it, and an answer computed across a clear is not stored, so a stale number can never be
 * served. Dashboards ask the same few questions repeatedly; this is where that pays off.
 */
@Component
public final class AnalyticsCache {

    /** Present in the Reactor context when the client asked for a fresh answer (Cache-Control: no-cache). */
    public static final String BYPASS = "themescope.cache.bypass";

    private final int capacity;
    private final Map<Object, Object> entries;
    private long epoch;
    private long hits;
    private long misses;

    AnalyticsCache(@Value("${themescope.cache.max-entries:512}") int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > AnalyticsCache.this.capacity;
            }
        };
    }

    /** The cached answer for {@code key}, or {@code compute}'s, stored if no write happened meanwhile. */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> get(Object key, Supplier<Mono<T>> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        return Mono.deferContextual(ctx -> {
            if (ctx.hasKey(BYPASS)) {
                return compute.get();
            }
            long seen;
            synchronized (this) {
                Object hit = entries.get(key);
                if (hit != null) {
                    hits++;
                    return Mono.just((T) hit);
                }
                misses++;
                seen = epoch;
            }
            return compute.get().doOnNext(value -> {
                synchronized (this) {
                    if (seen == epoch) {
                        entries.put(key, value);
                    }
                }
            });
        });
    }

    @EventListener
    void dataChanged(AnalyticsCacheInvalidation.DataChanged event) {
        synchronized (this) {
            entries.clear();
            epoch++;
        }
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}

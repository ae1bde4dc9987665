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
    private long joined;
    private final Map<Object, Flight> inFlight = new java.util.HashMap<>();

    AnalyticsCache(@Value("${themescope.cache.max-entries:512}") int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > AnalyticsCache.this.capacity;
            }
        };
    }

    /**
     * The cached answer for {@code key}, or {@code compute}'s, stored if no write happened meanwhile.
     * Callers that miss while the same question is already being computed (since the last write)
     * wait for that answer instead of asking ClickHouse again.
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> get(Object key, Supplier<Mono<T>> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        return Mono.deferContextual(ctx -> {
            if (ctx.hasKey(BYPASS)) {
                return compute.get();
            }
            synchronized (this) {
                Object hit = entries.get(key);
                if (hit != null) {
                    hits++;
                    return Mono.just((T) hit);
                }
                Flight running = inFlight.get(key);
                if (running != null && running.epoch == epoch) {
                    joined++;
                    return (Mono<T>) running.answer;
                }
                misses++;
                long seen = epoch;
                Flight flight = new Flight(seen);
                flight.answer = compute.get().map(v -> (Object) v)
                        .doOnNext(value -> {
                            synchronized (this) {
                                if (seen == epoch) {
                                    entries.put(key, value);
                                }
                            }
                        })
                        .doFinally(signal -> {
                            synchronized (this) {
                                inFlight.remove(key, flight);
                            }
                        })
                        .cache();
                inFlight.put(key, flight);
                return (Mono<T>) flight.answer;
            }
        });
    }

    /** One computation under way: the answers it may store belong to {@code epoch}. */
    private static final class Flight {
        private final long epoch;
        private Mono<Object> answer;

        Flight(long epoch) {
            this.epoch = epoch;
        }
    }

    /** How many callers waited for an answer another caller was already computing. */
    public synchronized long joined() {
        return joined;
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

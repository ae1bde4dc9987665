package io.themescope.security;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by client, one set per budget. Time comes from an injected nanosecond clock
 * so tests step it by hand. The map is bounded: when it outgrows {@code maxClients}, buckets that
 * have refilled (indistinguishable from new ones) go first, then the rest if it must.
 */
final class TokenBuckets {

    private final double capacity;
    private final double tokensPerNano;
    private final int maxClients;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int burst, int perMinute, int maxClients, LongSupplier nanos) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("a budget needs burst >= 1 and per-minute >= 1");
        }
        this.capacity = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.maxClients = maxClients;
        this.nanos = nanos;
    }

    /** Takes one token for {@code client}: 0 when granted, else the nanoseconds until one is there. */
    long take(String client) {
        long now = nanos.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            evict(now);
        }
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
        synchronized (b) {
            b.refill(now, capacity, tokensPerNano);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) / tokensPerNano);
        }
    }

    int clients() {
        return buckets.size();
    }

    private void evict(long now) {
        buckets.values().removeIf(b -> {
            synchronized (b) {
                b.refill(now, capacity, tokensPerNano);
                return b.tokens >= capacity;
            }
        });
        Iterator<String> it = buckets.keySet().iterator();
        while (buckets.size() >= maxClients && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        void refill(long now, double capacity, double perNano) {
            if (now > last) {
                tokens = Math.min(capacity, tokens + (now - last) * perNano);
                last = now;
            }
        }
    }
}

package io.themescope.clickhouse;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Time spent in ClickHouse calls for one HTTP request, summed by the executor and reported in the
 * Server-Timing header. It rides in the Reactor context, so handlers never pass it around.
 */
public final class DbTiming {

    static final DbTiming NONE = new DbTiming();

    private final AtomicLong nanos = new AtomicLong();

    public void add(long elapsedNanos) {
        if (this != NONE) {
            nanos.addAndGet(elapsedNanos);
        }
    }

    public double millis() {
        return nanos.get() / 1_000_000.0;
    }
}

package io.themescope.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.themescope.analytics.AnalyticsCache;
import org.springframework.stereotype.Component;

/**
 * The analytics cache already counts its hits and misses; these meters read those counts at scrape
 * time instead of adding a second tally to the hot path, so the hit ratio costs nothing per request.
 */
@Component
final class CacheMetrics implements MeterBinder {

    private final AnalyticsCache cache;

    CacheMetrics(AnalyticsCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("themescope.cache.hits", cache, AnalyticsCache::hits)
                .description("analytics answers served from the cache").register(registry);
        FunctionCounter.builder("themescope.cache.misses", cache, AnalyticsCache::misses)
                .description("analytics answers computed by ClickHouse").register(registry);
        FunctionCounter.builder("themescope.cache.joined", cache, AnalyticsCache::joined)
                .description("misses that waited for the same question already in flight").register(registry);
    }
}

package io.themescope.web;

import io.themescope.clickhouse.DbTiming;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Locale;

/**
 * Adds {@code Server-Timing: db;dur=..., total;dur=...} to every API response, so a slow panel can
 * be blamed on ClickHouse or on us at a glance. The database share is summed by the executor.
 * {@code Cache-Control: no-cache} on a request makes the analytics cache answer from ClickHouse.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ServerTimingFilter implements WebFilter {

    private final io.themescope.metrics.OpsMetrics metrics;

    ServerTimingFilter(io.themescope.metrics.OpsMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        DbTiming timing = new DbTiming();
        exchange.getResponse().beforeCommit(() -> {
            double total = (System.nanoTime() - start) / 1_000_000.0;
            exchange.getResponse().getHeaders().set("Server-Timing",
                    String.format(Locale.ROOT, "db;dur=%.2f, total;dur=%.2f", timing.millis(), total));
            return Mono.empty();
        });
        boolean noCache = exchange.getRequest().getHeaders().getCacheControl() != null
                && exchange.getRequest().getHeaders().getCacheControl().contains("no-cache");
        return chain.filter(exchange).doFinally(signal -> record(exchange, start, timing)).contextWrite(ctx -> {
            var c = ctx.put(DbTiming.class, timing);
            return noCache ? c.put(io.themescope.analytics.AnalyticsCache.BYPASS, Boolean.TRUE) : c;
        });
    }

    /** Analytics GETs (everything under /api/v1/ that only reads) feed the per-endpoint timers. */
    private void record(ServerWebExchange exchange, long start, DbTiming timing) {
        if (!org.springframework.http.HttpMethod.GET.equals(exchange.getRequest().getMethod())
                || !exchange.getRequest().getPath().value().startsWith("/api/v1/")) {
            return;
        }
        Object pattern = exchange.getAttribute(org.springframework.web.reactive.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var status = exchange.getResponse().getStatusCode();
        metrics.analyticsRequest(pattern == null ? "unmatched" : pattern.toString(), status == null ? 200 : status.value(),
                System.nanoTime() - start, timing.millis());
    }
}

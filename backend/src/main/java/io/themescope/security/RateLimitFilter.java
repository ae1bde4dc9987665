package io.themescope.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.themescope.web.ApiError;
import io.themescope.web.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers 429 with Retry-After when a client spends its budget for an expensive endpoint. It runs
 * after the key check, so refused callers spend nothing, and before any body is read or query run.
 * Behind a proxy the remote address is the proxy's unless server.forward-headers-strategy is set.
 */
@Component
@ConditionalOnWebApplication
@Order(AccessFilter.ORDER + 10)
@ConditionalOnProperty(prefix = "themescope.rate-limit", name = "enabled", havingValue = "true", matchIfMissing = true)
final class RateLimitFilter implements WebFilter {

    private final Map<String, Limited> budgets;
    private final AccessPolicy policy;
    private final ProblemWriter problems;

    /** A budget's settings and the buckets spending it. */
    private record Limited(RateLimitProperties.Budget budget, TokenBuckets buckets) {
        Limited(RateLimitProperties.Budget budget, int maxClients) {
            this(budget, new TokenBuckets(budget.burst(), budget.perMinute(), maxClients, System::nanoTime));
        }
    }

    private final io.themescope.metrics.OpsMetrics metrics;

    RateLimitFilter(RateLimitProperties properties, AccessPolicy policy, ProblemWriter problems,
                    io.themescope.metrics.OpsMetrics metrics) {
        this.metrics = metrics;
        int max = properties.maxClients();
        this.budgets = Map.of("export", new Limited(properties.export(), max), "bulk", new Limited(properties.bulk(), max),
                "reindex", new Limited(properties.reindex(), max), "analytics", new Limited(properties.analytics(), max));
        this.policy = policy;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String group = group(exchange.getRequest().getMethod(), exchange.getRequest().getPath().value());
        if (group == null) {
            return chain.filter(exchange);
        }
        Limited limited = budgets.get(group);
        long waitNanos = limited.buckets().take(client(exchange.getRequest()));
        if (waitNanos == 0) {
            return chain.filter(exchange);
        }
        metrics.rateLimited(group);
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        RateLimitProperties.Budget b = limited.budget();
        String message = String.format(Locale.ROOT, "Too many %s requests from this client: at most %d a minute"
                        + " with bursts of %d (themescope.rate-limit.%s); try again in %d s.",
                group, b.perMinute(), b.burst(), group, seconds);
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                List.of(new ApiError("client", "rate-limit", message)));
    }

    /** Which budget a request spends, or null for the cheap ones (themes, dashboards, health, static). */
    static String group(HttpMethod method, String path) {
        if (path.startsWith("/api/v1/export/")) {
            return "export";
        }
        if (HttpMethod.POST.equals(method)) {
            if (path.equals("/api/v1/documents/bulk")) {
                return "bulk";
            }
            if (path.equals("/api/v1/reindex")) {
                return "reindex";
            }
            // extracts every text it is sent or names: as costly as an analytics query
            return path.equals("/api/v1/evaluations") ? "analytics" : null;
        }
        if (HttpMethod.DELETE.equals(method) && path.startsWith("/api/v1/")) {
            return "bulk"; // a deletion recounts every aggregate, as a large import does
        }
        if (HttpMethod.GET.equals(method) && (path.equals("/api/v1/series") || path.equals("/api/v1/compare/hosts")
                || path.equals("/api/v1/cooccurrence") || path.equals("/api/v1/mentions"))) {
            return "analytics";
        }
        return null;
    }

    /** A valid API key identifies the client across addresses; otherwise its remote address does. */
    private String client(ServerHttpRequest request) {
        String key = AccessFilter.presentedKey(request.getHeaders());
        if (key != null && policy.keys().matches(key)) {
            return ApiKeys.digestOf(key);
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}

package io.themescope.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.themescope.web.ApiError;
import io.themescope.web.ProblemWriter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Asks for an API key on every /api/ call that changes data (anything but GET, HEAD and OPTIONS)
 * and, when configured, on reads too. Runs before any body is read, so a refused upload costs no
 * work and stores nothing. With no keys configured the API is open (see {@link AccessPolicy}).
 */
@Component
@ConditionalOnWebApplication
@Order(AccessFilter.ORDER)
final class AccessFilter implements WebFilter {

    static final int ORDER = -200;
    static final String KEY_HEADER = "X-API-Key";

    private final AccessPolicy policy;
    private final ProblemWriter problems;

    AccessFilter(AccessPolicy policy, ProblemWriter problems) {
        this.policy = policy;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (policy.onManagementPort(exchange)) {
            return chain.filter(exchange);
        }
        if (HealthAccess.isHealth(path)) {
            return HealthAccess.filter(exchange, chain, policy.keys().isEmpty() || hasValidKey(exchange), this::refuse);
        }
        if (!policy.needsKey(exchange.getRequest().getMethod(), path)) {
            return chain.filter(exchange);
        }
        if (hasValidKey(exchange)) {
            return chain.filter(exchange);
        }
        return refuse(exchange);
    }

    private boolean hasValidKey(ServerWebExchange exchange) {
        String presented = presentedKey(exchange.getRequest().getHeaders());
        return presented != null && policy.keys().matches(presented);
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        String presented = presentedKey(exchange.getRequest().getHeaders());
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"themescope\"");
        ApiError error = presented == null
                ? new ApiError("Authorization", "api-key",
                        "This request needs an API key: send Authorization: Bearer <key> or X-API-Key: <key>.")
                : new ApiError("Authorization", "api-key", "The API key is not valid.");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", List.of(error));
    }

    /** The key from {@code Authorization: Bearer}, else from {@code X-API-Key}; null when neither is sent. */
    static String presentedKey(HttpHeaders headers) {
        String auth = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = auth.substring(7).strip();
            if (!key.isEmpty()) {
                return key;
            }
        }
        String key = headers.getFirst(KEY_HEADER);
        return key == null || key.isBlank() ? null : key.strip();
    }

    static boolean isWrite(HttpMethod method) {
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method));
    }
}

package io.themescope.security;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * The health endpoint names the mode, engine version and data directory, which an anonymous caller
 * should not learn once keys are configured. Without a valid key /actuator/health is answered by the
 * "public" group (status only), the liveness and readiness probes stay open, and a single component
 * such as /actuator/health/clickhouse needs the key. Boot's own "when-authorized" needs Spring Security.
 */
final class HealthAccess {

    static final String HEALTH = "/actuator/health";
    static final String PUBLIC_GROUP = HEALTH + "/public";

    private HealthAccess() {
    }

    static boolean isHealth(String path) {
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    static Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain, boolean authorised,
                             Function<ServerWebExchange, Mono<Void>> refuse) {
        String path = exchange.getRequest().getPath().value();
        if (authorised || path.equals(PUBLIC_GROUP) || path.equals(HEALTH + "/liveness")
                || path.equals(HEALTH + "/readiness")) {
            return chain.filter(exchange);
        }
        if (path.equals(HEALTH) || path.equals(HEALTH + "/")) {
            return chain.filter(exchange.mutate().request(r -> r.path(PUBLIC_GROUP)).build());
        }
        return refuse.apply(exchange);
    }
}

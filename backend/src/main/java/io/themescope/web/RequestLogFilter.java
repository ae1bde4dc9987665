package io.themescope.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import java.util.Locale;

/**
 * Gives every request its id (echoed in {@code X-Request-Id}) and writes one log line when it ends:
 * method, path, status and time, with the id in the MDC. Runs first, so even a refused or rate-limited
 * request gets an id. Logger {@code io.themescope.requests}; set it to WARN to silence the lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter implements WebFilter {

    private static final Logger LOG = LoggerFactory.getLogger("io.themescope.requests");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
        long start = System.nanoTime();
        return chain.filter(exchange)
                .doFinally(signal -> {
                    if (!LOG.isInfoEnabled()) {
                        return;
                    }
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    String line = String.format(Locale.ROOT, "%s %s %s %.1f ms%s", exchange.getRequest().getMethod(),
                            exchange.getRequest().getPath().value(), status == null ? "-" : status.value(),
                            (System.nanoTime() - start) / 1e6, signal == SignalType.CANCEL ? " (cancelled)" : "");
                    try (var ignored = org.slf4j.MDC.putCloseable(RequestIds.MDC_KEY, id)) {
                        LOG.info(line);
                    }
                })
                .contextWrite(ctx -> ctx.put(RequestIds.CONTEXT_KEY, id));
    }
}

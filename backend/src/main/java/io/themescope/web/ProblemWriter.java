package io.themescope.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a problem+json answer from a web filter, where the controller advice cannot reach: the
 * same fields, in the same order, as {@link ProblemHandler} produces, so a client parses a 401 or a
 * 429 exactly like a 400.
 */
@Component
public final class ProblemWriter {

    private final JsonMapper json;
    private final io.themescope.metrics.OpsMetrics metrics;

    ProblemWriter(JsonMapper json, io.themescope.metrics.OpsMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, List<ApiError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:themescope:problem:" + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", new ApiValidationException(status.value(), errors).getMessage());
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("errors", errors);
        errors.forEach(e -> metrics.rejected(e.rule()));
        byte[] bytes = json.writeValueAsBytes(body);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}

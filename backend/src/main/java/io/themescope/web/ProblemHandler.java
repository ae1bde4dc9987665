package io.themescope.web;

import io.themescope.clickhouse.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.List;

/**
 * Every error leaves as application/problem+json: a title, a detail sentence and, for bad input,
 * an {@code errors} list naming each field and rule. Storage failures say whether the caller can
 * fix them (narrow the query) or should retry later; internals go to the log, not the client.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private final io.themescope.metrics.OpsMetrics metrics;

    ProblemHandler(io.themescope.metrics.OpsMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(ApiValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ApiValidationException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        // compare codes, not constants: 413 has two HttpStatus constants and valueOf returns CONTENT_TOO_LARGE
        p.setTitle(switch (e.status()) {
            case 413 -> "Request body too large";
            case 409 -> "Conflict";
            case 415 -> "Unsupported file type";
            case 422 -> "Unprocessable file";
            default -> "Invalid request";
        });
        p.setType(URI.create("urn:themescope:problem:" + switch (e.status()) {
            case 413 -> "too-large";
            case 409 -> "conflict";
            case 415 -> "unsupported-type";
            case 422 -> "unprocessable";
            default -> "invalid-request";
        }));
        p.setProperty("errors", e.listed());
        e.listed().forEach(error -> metrics.rejected(error.rule()));
        return respond(p);
    }

    @ExceptionHandler(StorageException.class)
    ResponseEntity<ProblemDetail> storage(StorageException e) {
        ProblemDetail p = switch (e.kind()) {
            case TIMEOUT -> ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                    "The query ran longer than the configured limit (themescope.clickhouse.guard-rails.max-execution-time);"
                            + " narrow the period, themes or filters.");
            case TOO_MANY_ROWS -> ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The query would return more rows than the configured limit"
                            + " (themescope.clickhouse.guard-rails.max-result-rows); narrow it or use an export.");
            case UNAVAILABLE -> ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "ClickHouse is not reachable; try again shortly.");
            case NO_SPACE -> ProblemDetail.forStatusAndDetail(HttpStatus.INSUFFICIENT_STORAGE,
                    "The store's disk is full: this write was not stored (nothing of it is half-stored). Reads keep"
                            + " working; writes succeed again once space is freed, without a restart."
                            + (e.detail() == null ? "" : " " + e.detail()));
            case FAILED -> ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "The query failed in ClickHouse (code " + e.code() + ").");
        };
        if (e.kind() == StorageException.Kind.FAILED || e.kind() == StorageException.Kind.UNAVAILABLE) {
            LOG.error("storage failure", e);
        }
        if (e.kind() == StorageException.Kind.NO_SPACE) {
            DiskFullLog.failed(e);
            p.setTitle("Insufficient storage");
            p.setType(URI.create("urn:themescope:problem:insufficient-storage"));
            return respond(p);
        }
        p.setTitle("Storage error");
        return respond(p);
    }

    @ExceptionHandler(DecodingException.class)
    ResponseEntity<ProblemDetail> undecodable(DecodingException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body could not be read.");
        p.setTitle("Invalid request");
        p.setProperty("errors", List.of(new ApiError("body", "readable", "The request body could not be read.")));
        return respond(p);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        ProblemDetail p = e.getBody();
        return respond(p);
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}

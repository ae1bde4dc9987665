package io.themescope.documents;

import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.ingest.IndexGeneration;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import io.themescope.web.Period;
import io.themescope.web.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/** Stored documents: one with its mentions (the passages behind every count), or a filtered page of them. */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class DocumentsController {

    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;

    private final io.themescope.web.QueryLimits limits;

    DocumentsController(ClickHouseExecutor executor, IndexGeneration generation, io.themescope.web.QueryLimits limits) {
        this.limits = limits;
        this.executor = executor;
        this.generation = generation;
    }

    @Operation(summary = "One document with its theme counts and every mention (theme, term, offsets, sentence)")
    @GetMapping("/{id}")
    Mono<DocumentView> one(@PathVariable String id,
                           @Parameter(description = "Whether to include the full text.",
                                   schema = @Schema(type = "boolean", defaultValue = "false"))
                           @RequestParam(required = false) String text) {
        boolean withText = flag("text", text);
        int g = generation.current();
        String version = generation.taxonomyVersion();
        return executor.read(dsl -> java.util.Optional.ofNullable(DocumentReader.one(dsl, id, g, version, withText)))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No document with id " + id + "."))));
    }

    @Operation(summary = "The original file a document was converted from, with its content type and file name;"
            + " 404 for documents sent as JSON text, which have none")
    @GetMapping(path = "/{id}/source", produces = MediaType.ALL_VALUE)
    Mono<org.springframework.http.ResponseEntity<byte[]>> source(@PathVariable String id) {
        return executor.read(dsl -> java.util.Optional.ofNullable(DocumentReader.original(dsl, id)))
                .flatMap(found -> found.map(o -> Mono.just(org.springframework.http.ResponseEntity.ok()
                                .contentType(MediaType.parseMediaType(o.contentType()))
                                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                                        org.springframework.http.ContentDisposition.attachment()
                                                .filename(o.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                                .build().toString())
                                .body(o.bytes())))
                        .orElseGet(() -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND,
                                "Document " + id + " has no original file: it was stored from JSON text"
                                        + " (or does not exist)."))));
    }

    @Operation(summary = "A page of documents, filtered by meeting, series, host and period")
    @GetMapping
    Mono<DocumentList> list(@RequestParam(required = false) List<String> meeting,
                            @RequestParam(required = false) List<String> series,
                            @RequestParam(required = false) List<String> host,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(required = false) String limit,
                            @RequestParam(required = false) String offset) {
        List<ApiError> errors = new ArrayList<>();
        Integer n = wholeNumber("limit", limit, 50, errors);
        if (n != null && (n < 1 || n > limits.maxDocumentsPage())) {
            errors.add(new ApiError("limit", "range", "limit must be between 1 and " + limits.maxDocumentsPage()
                    + " (themescope.limits.max-documents-page); got " + n + "."));
        }
        Integer skip = wholeNumber("offset", offset, 0, errors);
        if (skip != null && skip < 0) {
            errors.add(new ApiError("offset", "range", "offset must not be negative."));
        }
        List<String> hosts = null;
        Period period = null;
        try {
            hosts = QueryParams.hosts(host);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            period = Period.parse(from, to);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        var filter = new DocumentReader.ListFilter(QueryParams.list(meeting), QueryParams.list(series), hosts, period,
                n, skip);
        return executor.read(dsl -> DocumentReader.list(dsl, filter));
    }

    /**
     * A yes/no parameter, read here rather than by Spring's converter, whose "Type mismatch." problem
     * names no field; the words it accepted (true/false, on/off, yes/no, 1/0, any case) still work.
     */
    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw ApiValidationException.of(name, "boolean", name + " must be true or false; got \""
                    + value + "\".");
        };
    }

    /** The parameter as an int, {@code fallback} when absent, null (with an error) when not a whole number. */
    private static Integer wholeNumber(String name, String value, int fallback, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return QueryParams.wholeNumber(value);
        } catch (NumberFormatException e) {
            errors.add(new ApiError(name, "integer", name + " must be a whole number; got \"" + value + "\"."));
            return null;
        }
    }
}

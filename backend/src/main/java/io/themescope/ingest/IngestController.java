package io.themescope.ingest;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import io.themescope.web.RequestBodies;
import io.themescope.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * Document ingest over HTTP. Bodies are read as bytes so that UTF-8 and size rules are enforced
 * here, identically for the single, the file upload and the NDJSON endpoint; everything else is the
 * service's (and, for files, the converter's).
 */
@RestController
@RequestMapping("/api/v1/documents")
class IngestController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestController.class);

    private final IngestService service;
    private final DocumentRequestParser parser;
    private final IngestProperties properties;
    private final FileDocuments files;

    IngestController(IngestService service, DocumentRequestParser parser, IngestProperties properties,
                     FileDocuments files) {
        this.files = files;
        this.service = service;
        this.parser = parser;
        this.properties = properties;
    }

    @Operation(summary = "Store one document (201), or recognise it as a duplicate (200 with the same id)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DocumentRequestSchema.class)))
    Mono<ResponseEntity<IngestOutcome>> create(ServerHttpRequest request) {
        return RequestBodies.readAll(request, properties.maxDocumentSize().toBytes(), "themescope.ingest.max-document-size")
                .map(parser::parse)
                .flatMap(result -> {
                    if (!result.ok()) {
                        return Mono.error(new ApiValidationException(result.errors()));
                    }
                    return service.ingest(result.document());
                })
                .flatMap(this::answer);
    }

    @Operation(summary = "Store one document from a file (PDF, HTML, text) and its metadata; answers as for JSON,"
            + " plus what the conversion did")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<IngestOutcome>> upload(ServerHttpRequest request) {
        return Uploads.read(request, properties.maxFileSize().toBytes(), properties.maxDocumentSize().toBytes())
                .flatMap(upload -> Mono.fromCallable(() -> files.read(upload.file(), upload.fileType(),
                                upload.fileName(), upload.metadata()))
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
                        .flatMap(result -> {
                            if (!result.ok()) {
                                return Mono.error(new ApiValidationException(result.errors()));
                            }
                            return service.ingest(result.document()).map(o -> o.withConversion(
                                    ConversionSummary.of(result.document().source().conversion())));
                        }))
                .flatMap(this::answer);
    }

    private Mono<ResponseEntity<IngestOutcome>> answer(IngestOutcome outcome) {
        return outcome.isRejected()
                ? Mono.error(new ApiValidationException(outcome.status(), outcome.errors()))
                : Mono.just(ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                        .location(URI.create("/api/v1/documents/" + outcome.id()))
                        .body(outcome));
    }

    @Operation(summary = "Store NDJSON documents, one per line; good lines are stored even when others fail")
    @PostMapping(path = "/bulk", consumes = {"application/x-ndjson", "application/jsonl"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "One DocumentRequest per line",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/x-ndjson",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DocumentRequestSchema.class)))
    Mono<BulkReport> bulk(ServerHttpRequest request) {
        long maxLines = properties.maxBulkLines();
        int maxLine = (int) Math.min(Integer.MAX_VALUE - 8, properties.maxDocumentSize().toBytes());
        var lines = RequestBodies.lines(request, properties.maxBulkSize().toBytes(), "themescope.ingest.max-bulk-size", maxLine)
                .index()
                // lines past the limit are read (so the client can finish sending) but not parsed or stored
                .filter(t -> t.getT1() <= maxLines)
                .map(t -> {
                    long number = t.getT1() + 1;
                    if (number > maxLines) {
                        return DocumentRequestParser.failed(new ApiError("body", "max-lines", "Only the first "
                                + maxLines + " lines of a bulk upload are read (themescope.ingest.max-bulk-lines);"
                                + " this line and any after it were not stored."));
                    }
                    if (RequestBodies.tooLong(t.getT2())) {
                        return DocumentRequestParser.failed(new ApiError("body", "max-line-size",
                                "The line is longer than " + maxLine + " bytes (themescope.ingest.max-document-size)."));
                    }
                    return parser.parseLine(t.getT2());
                });
        long start = System.nanoTime();
        return service.ingestAll(lines, IngestService.ProgressListener.NONE)
                .flatMap(report -> Mono.deferContextual(ctx -> {
                    RequestIds.withId(ctx, () -> LOG.info("bulk ingest: {} accepted, {} duplicates, {} rejected in {} ms",
                            report.accepted(), report.duplicates(), report.rejected().size(),
                            (System.nanoTime() - start) / 1_000_000));
                    return Mono.just(report);
                }));
    }
}

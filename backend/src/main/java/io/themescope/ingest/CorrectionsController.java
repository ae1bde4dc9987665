package io.themescope.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Deleting what was stored by mistake: one document, the synthetic demo corpus in one call, or a
 * meeting (with its documents only when asked). Each is a write, so it needs an API key once keys
 * are configured, and each leaves every aggregate equal to a recount.
 */
@RestController
class CorrectionsController {

    record Deleted(long deleted, List<String> ids) {
    }

    record MeetingDeleted(String id, long deletedDocuments, List<String> documentIds) {
    }

    private final ClickHouseExecutor executor;
    private final StoreCorrections corrections;

    CorrectionsController(ClickHouseExecutor executor, StoreCorrections corrections) {
        this.executor = executor;
        this.corrections = corrections;
    }

    @Operation(summary = "Delete one stored document with its mentions; every aggregate is recounted")
    @DeleteMapping(path = "/api/v1/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Deleted> deleteDocument(@PathVariable String id) {
        return executor.write(dsl -> corrections.deleteDocuments(dsl, Documents.ID.eq(id)))
                .map(ids -> {
                    if (ids.isEmpty()) {
                        throw new ApiValidationException(404, List.of(
                                new ApiError("id", "unknown", "No document with id " + ApiError.quoted(id) + ".")));
                    }
                    return new Deleted(ids.size(), ids);
                });
    }

    @Operation(summary = "Delete the synthetic demo corpus in one call (synthetic=true is required)")
    @DeleteMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Deleted> deleteSynthetic(@Parameter(description = "Must be true: only synthetic documents are deleted in bulk.",
            schema = @Schema(type = "boolean")) @RequestParam(required = false) String synthetic) {
        if (synthetic == null || !synthetic.strip().equalsIgnoreCase("true")) {
            throw new ApiValidationException(List.of(new ApiError("synthetic", "required",
                    "Bulk deletion removes only the synthetic demo corpus: send synthetic=true.")));
        }
        return executor.write(dsl -> corrections.deleteDocuments(dsl, Documents.SYNTHETIC.eq(true)))
                .map(ids -> new Deleted(ids.size(), ids));
    }

    @Operation(summary = "Delete a meeting; one that has documents only with documents=delete, which deletes them too")
    @DeleteMapping(path = "/api/v1/meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<MeetingDeleted> deleteMeeting(@PathVariable String id,
                                       @Parameter(description = "'delete' to delete the meeting's documents with it.",
                                               schema = @Schema(allowableValues = {"delete"}))
                                       @RequestParam(required = false) String documents) {
        if (documents != null && !documents.equals("delete")) {
            throw new ApiValidationException(List.of(new ApiError("documents", "allowed",
                    "documents must be 'delete' when given; got " + ApiError.quoted(documents) + ".")));
        }
        boolean withDocuments = documents != null;
        return executor.write(dsl -> corrections.deleteMeeting(dsl, id, withDocuments)).map(r -> {
            if (!r.found()) {
                throw new ApiValidationException(404, List.of(
                        new ApiError("id", "unknown", "No meeting with id " + ApiError.quoted(id) + ".")));
            }
            if (r.documents() > 0 && !withDocuments) {
                throw new ApiValidationException(409, List.of(new ApiError("documents", "has-documents",
                        "Meeting " + ApiError.quoted(id) + " has " + r.documents() + " document(s); send documents=delete to delete them"
                                + " with it.")));
            }
            return new MeetingDeleted(id, r.deletedDocuments().size(), r.deletedDocuments());
        });
    }
}

package io.themescope.ingest;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Starts a reindex and answers when readers have switched to its result. */
@RestController
class ReindexController {

    private final ReindexService service;

    ReindexController(ReindexService service) {
        this.service = service;
    }

    @Operation(summary = "Re-extract every stored document with the taxonomy in use; readers switch when it is complete")
    @PostMapping(path = "/api/v1/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ReindexService.Report> reindex() {
        return service.reindex();
    }
}

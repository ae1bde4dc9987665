package io.themescope.passages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.themescope.web.ApiDocs;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** {@code GET /api/v1/mentions}: the passages behind any count, newest meeting first, paged by cursor. */
@RestController
class PassagesController {

    private final PassagesService service;

    PassagesController(PassagesService service) {
        this.service = service;
    }

    @Operation(summary = "The passages behind any number, newest meeting first, paged by cursor")
    @GetMapping(path = "/api/v1/mentions", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PassagesResponse> mentions(@Parameter(description = ApiDocs.THEME, example = "arms-race") @RequestParam(required = false) List<String> theme,
                                    @Parameter(description = ApiDocs.FROM, example = "2010") @RequestParam(required = false) String from,
                                    @Parameter(description = ApiDocs.TO, example = "2024") @RequestParam(required = false) String to,
                                    @Parameter(description = ApiDocs.SERIES) @RequestParam(required = false) List<String> series,
                                    @Parameter(description = ApiDocs.HOST) @RequestParam(required = false) List<String> host,
                                    @Parameter(description = ApiDocs.KIND, schema = @Schema(allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"})) @RequestParam(required = false) List<String> kind,
                                    @Parameter(description = ApiDocs.BUCKET_KEY) @RequestParam(required = false) String bucket,
                                    @Parameter(description = "How bucket is to be read (default year when bucket is given).", schema = @Schema(allowableValues = {"year", "quarter", "month", "meeting"})) @RequestParam(required = false) String bucketing,
                                    @Parameter(description = "Page size, 1 to 200 (default 50).") @RequestParam(required = false) String limit,
                                    @Parameter(description = "nextCursor of the previous page, unchanged.") @RequestParam(required = false) String cursor) {
        return service.passages(service.parse(theme, from, to, series, host, kind, bucket, bucketing, limit, cursor));
    }
}

package io.themescope.series;

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

/** {@code GET /api/v1/series}: parse → run → shape; the stages are their own classes. */
@RestController
class SeriesController {

    private final SeriesQueryParser parser;
    private final SeriesService service;

    SeriesController(SeriesQueryParser parser, SeriesService service) {
        this.parser = parser;
        this.service = service;
    }

    @Operation(summary = "Time series of theme mentions with every bucket, its denominators and trend statistics")
    @GetMapping(path = "/api/v1/series", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SeriesResponse> series(@Parameter(description = ApiDocs.THEME, example = "arms-race") @RequestParam(required = false) List<String> theme,
                                @Parameter(description = "Time buckets; meeting = one bucket per meeting in date order.", schema = @Schema(allowableValues = {"year", "quarter", "month", "meeting"})) @RequestParam(required = false) String bucket,
                                @Parameter(description = "mentions: theme mentions; documents: documents mentioning the theme; per10k: mentions per 10,000 words of all matching documents; share: share of all theme mentions (with a 95% Wilson interval).", schema = @Schema(allowableValues = {"mentions", "documents", "per10k", "share"})) @RequestParam(required = false) String metric,
                                @Parameter(description = "Centred moving average over this many buckets: 0 (off) or an odd number from 3 to 25.", example = "3") @RequestParam(required = false) String smooth,
                                @Parameter(description = ApiDocs.FROM, example = "2010") @RequestParam(required = false) String from,
                                @Parameter(description = ApiDocs.TO, example = "2024") @RequestParam(required = false) String to,
                                @Parameter(description = ApiDocs.SERIES) @RequestParam(required = false) List<String> series,
                                @Parameter(description = ApiDocs.HOST) @RequestParam(required = false) List<String> host,
                                @Parameter(description = ApiDocs.KIND, schema = @Schema(allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"})) @RequestParam(required = false) List<String> kind) {
        return service.series(parser.parse(theme, bucket, metric, smooth, from, to, series, host, kind));
    }
}

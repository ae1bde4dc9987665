package io.themescope.series;

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

    @GetMapping(path = "/api/v1/series", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SeriesResponse> series(@RequestParam(required = false) List<String> theme,
                                @RequestParam(required = false) String bucket,
                                @RequestParam(required = false) String metric,
                                @RequestParam(required = false) String smooth,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) List<String> series,
                                @RequestParam(required = false) List<String> host,
                                @RequestParam(required = false) List<String> kind) {
        return service.series(parser.parse(theme, bucket, metric, smooth, from, to, series, host, kind));
    }
}

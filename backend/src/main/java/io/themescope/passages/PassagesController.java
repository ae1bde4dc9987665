package io.themescope.passages;

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

    @GetMapping(path = "/api/v1/mentions", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PassagesResponse> mentions(@RequestParam(required = false) List<String> theme,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) List<String> series,
                                    @RequestParam(required = false) List<String> host,
                                    @RequestParam(required = false) List<String> kind,
                                    @RequestParam(required = false) String bucket,
                                    @RequestParam(required = false) String bucketing,
                                    @RequestParam(required = false) String limit,
                                    @RequestParam(required = false) String cursor) {
        return service.passages(service.parse(theme, from, to, series, host, kind, bucket, bucketing, limit, cursor));
    }
}

package io.themescope.compare;

import io.themescope.themes.Taxonomy;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** {@code GET /api/v1/compare/hosts}: parse → run ({@link HostsSql}) → shape ({@link HostsShaper}). */
@RestController
class HostsController {

    private final HostsService service;
    private final Taxonomy taxonomy;

    HostsController(HostsService service, Taxonomy taxonomy) {
        this.service = service;
        this.taxonomy = taxonomy;
    }

    @GetMapping(path = "/api/v1/compare/hosts", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<HostsResponse> hosts(@RequestParam(required = false) List<String> theme,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(required = false) List<String> series,
                              @RequestParam(required = false) List<String> host,
                              @RequestParam(required = false) List<String> kind,
                              @RequestParam(required = false) String sort) {
        return service.hosts(HostsService.parse(taxonomy, theme, from, to, series, host, kind, sort));
    }
}

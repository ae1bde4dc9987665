package io.themescope.compare;

import io.themescope.themes.Taxonomy;
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

/** {@code GET /api/v1/compare/hosts}: parse → run ({@link HostsSql}) → shape ({@link HostsShaper}). */
@RestController
class HostsController {

    private final HostsService service;
    private final Taxonomy taxonomy;
    private final io.themescope.web.QueryLimits limits;

    HostsController(HostsService service, Taxonomy taxonomy, io.themescope.web.QueryLimits limits) {
        this.limits = limits;
        this.service = service;
        this.taxonomy = taxonomy;
    }

    @Operation(summary = "Host-country emphases: per host and theme counts, rates, lift, adjusted residuals and a chi-square test")
    @GetMapping(path = "/api/v1/compare/hosts", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<HostsResponse> hosts(@Parameter(description = ApiDocs.THEME, example = "arms-race") @RequestParam(required = false) List<String> theme,
                              @Parameter(description = ApiDocs.FROM, example = "2010") @RequestParam(required = false) String from,
                              @Parameter(description = ApiDocs.TO, example = "2024") @RequestParam(required = false) String to,
                              @Parameter(description = ApiDocs.SERIES) @RequestParam(required = false) List<String> series,
                              @Parameter(description = ApiDocs.HOST) @RequestParam(required = false) List<String> host,
                              @Parameter(description = ApiDocs.KIND, schema = @Schema(allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"})) @RequestParam(required = false) List<String> kind,
                              @Parameter(description = "Order of hosts: by code, or by a count, largest first.", schema = @Schema(allowableValues = {"host", "meetings", "documents", "words", "mentions"})) @RequestParam(required = false) String sort) {
        return service.hosts(HostsService.parse(taxonomy, limits, theme, from, to, series, host, kind, sort));
    }
}

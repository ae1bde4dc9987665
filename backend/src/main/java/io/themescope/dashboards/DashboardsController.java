package io.themescope.dashboards;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * {@code GET /api/v1/dashboards} lists the definitions (id, title, description) for the page's
 * switcher; {@code GET /api/v1/dashboards/{id}} returns one as written, or a 404 problem.
 */
@RestController
@RequestMapping(path = "/api/v1/dashboards", produces = MediaType.APPLICATION_JSON_VALUE)
class DashboardsController {

    private final DashboardCatalog catalog;

    DashboardsController(DashboardCatalog catalog) {
        this.catalog = catalog;
    }

    record Summary(String id, String title, String description) {
    }

    record Listing(List<Summary> items) {
    }

    @GetMapping
    Listing list() {
        return new Listing(catalog.all().stream().map(d -> new Summary(d.id(), d.title(), d.description())).toList());
    }

    @GetMapping("/{id}")
    JsonNode one(@PathVariable String id) {
        return catalog.find(id).map(Dashboard::definition).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No dashboard with id " + id + "; GET /api/v1/dashboards lists them."));
    }
}

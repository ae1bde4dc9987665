package io.themescope.themes;

import io.themescope.ingest.IndexGeneration;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/v1/themes}: the taxonomy in use, so analysts can cite exactly which phrases were
 * counted, plus the version that produced the stored mentions (they differ until a reindex).
 */
@RestController
class ThemesController {

    private final Taxonomy taxonomy;
    private final IndexGeneration generation;

    ThemesController(Taxonomy taxonomy, IndexGeneration generation) {
        this.taxonomy = taxonomy;
        this.generation = generation;
    }

    record ThemeView(String id, String label, String group, String description, List<String> terms,
                     List<String> exclude, List<String> examples, List<String> yieldsBeforeNamedTheme) {
    }

    record TaxonomyView(String version, String indexedVersion, boolean reindexNeeded, List<ThemeView> themes,
                        List<Coordination> coordinations) {
    }

    @Operation(summary = "The theme taxonomy in use and the version that produced the stored mentions")
    @GetMapping(path = "/api/v1/themes", produces = MediaType.APPLICATION_JSON_VALUE)
    TaxonomyView themes() {
        List<ThemeView> themes = taxonomy.themes().stream()
                .map(t -> new ThemeView(t.id(), t.label(), t.group().id(), t.description(), t.terms(), t.exclude(),
                        t.examples(), t.yieldsBefore()))
                .toList();
        String indexed = generation.taxonomyVersion();
        return new TaxonomyView(taxonomy.version(), indexed, !taxonomy.version().equals(indexed), themes,
                taxonomy.coordinations());
    }
}

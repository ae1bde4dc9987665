package io.themescope.cooccurrence;

import io.themescope.analytics.Filters;
import io.themescope.analytics.Meta;
import io.themescope.analytics.ThemeParams;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.ingest.IndexGeneration;
import io.themescope.stats.Association;
import io.themescope.themes.Taxonomy;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.jooq.Record;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.themescope.web.ApiDocs;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/cooccurrence}. With one {@code theme}, the pairs of that theme with every other;
 * with several, the pairs among them; with none, all pairs. Ordered by count, largest first.
 */
@RestController
class CooccurrenceController {

    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;
    private final Taxonomy taxonomy;

    CooccurrenceController(ClickHouseExecutor executor, IndexGeneration generation, Taxonomy taxonomy) {
        this.executor = executor;
        this.generation = generation;
        this.taxonomy = taxonomy;
    }

    @Operation(summary = "Theme pairs mentioned in the same sentence or document, with Jaccard, PMI and lift")
    @GetMapping(path = "/api/v1/cooccurrence", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<CooccurrenceResponse> cooccurrence(@Parameter(description = ApiDocs.THEME, example = "arms-race") @RequestParam(required = false) List<String> theme,
                                            @Parameter(description = "What counts as together: the same sentence or the same document.", schema = @Schema(allowableValues = {"sentence", "document"})) @RequestParam(required = false) String scope,
                                            @Parameter(description = ApiDocs.FROM, example = "2010") @RequestParam(required = false) String from,
                                            @Parameter(description = ApiDocs.TO, example = "2024") @RequestParam(required = false) String to,
                                            @Parameter(description = ApiDocs.SERIES) @RequestParam(required = false) List<String> series,
                                            @Parameter(description = ApiDocs.HOST) @RequestParam(required = false) List<String> host,
                                            @Parameter(description = ApiDocs.KIND, schema = @Schema(allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"})) @RequestParam(required = false) List<String> kind) {
        List<ApiError> errors = new ArrayList<>();
        List<String> themes = List.of();
        Scope s = Scope.SENTENCE;
        Filters filters = null;
        try {
            themes = theme == null || theme.isEmpty() ? List.of() : ThemeParams.parse(theme, taxonomy, 1, taxonomy.ids().size());
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            s = Scope.parse(scope);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            filters = Filters.parse(from, to, series, host, kind);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        List<String> selected = themes;
        Scope unit = s;
        Filters f = filters;
        int g = generation.current();
        String version = generation.taxonomyVersion();
        return executor.read(dsl -> {
            Map<String, Long> perTheme = new HashMap<>();
            for (Record r : dsl.fetch(CooccurrenceSql.themeUnits(dsl, unit, f, g))) {
                perTheme.put(r.get(Mentions.THEME), r.get(CooccurrenceSql.UNITS));
            }
            Record total = dsl.fetchOne(CooccurrenceSql.totalUnits(dsl, unit, f, g));
            long n = total == null || total.get(CooccurrenceSql.UNITS) == null ? 0 : total.get(CooccurrenceSql.UNITS);
            boolean synthetic = total != null && Boolean.TRUE.equals(total.get("synthetic", Boolean.class));
            List<CooccurrenceResponse.Pair> pairs = new ArrayList<>();
            for (Record r : dsl.fetch(CooccurrenceSql.pairs(dsl, unit, f, g))) {
                String a = r.get(CooccurrenceSql.A);
                String b = r.get(CooccurrenceSql.B);
                if (!wanted(selected, a, b)) {
                    continue;
                }
                Association assoc = Association.of(perTheme.getOrDefault(a, 0L), perTheme.getOrDefault(b, 0L),
                        r.get(CooccurrenceSql.UNITS), n);
                pairs.add(new CooccurrenceResponse.Pair(a, b, r.get(CooccurrenceSql.UNITS), assoc.jaccard(),
                        assoc.pmi(), assoc.lift()));
            }
            pairs.sort(Comparator.comparingLong(CooccurrenceResponse.Pair::count).reversed()
                    .thenComparing(CooccurrenceResponse.Pair::a).thenComparing(CooccurrenceResponse.Pair::b));
            List<CooccurrenceResponse.ThemeUnits> themeUnits = new ArrayList<>();
            for (String id : selected.isEmpty() ? taxonomy.ids() : selected) {
                themeUnits.add(new CooccurrenceResponse.ThemeUnits(id, taxonomy.theme(id).map(t -> t.label()).orElse(id),
                        perTheme.getOrDefault(id, 0L)));
            }
            List<String> warnings = new ArrayList<>();
            if (n == 0) {
                warnings.add("No theme mentions match these filters.");
            }
            if (synthetic) {
                warnings.add("These numbers include synthetic demo documents, not real meeting texts.");
            }
            var resolved = new CooccurrenceResponse.ResolvedQuery(selected, unit.param(), f.period().from(),
                    f.period().to(), f.series(), f.hosts(), f.kinds());
            return new CooccurrenceResponse(resolved, new Meta(warnings, synthetic, version), n, themeUnits, pairs);
        });
    }

    private static boolean wanted(List<String> selected, String a, String b) {
        if (selected.isEmpty()) {
            return true;
        }
        if (selected.size() == 1) {
            return selected.contains(a) || selected.contains(b);
        }
        return selected.contains(a) && selected.contains(b);
    }
}

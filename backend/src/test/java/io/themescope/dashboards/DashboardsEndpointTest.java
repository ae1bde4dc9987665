package io.themescope.dashboards;

import io.themescope.compare.HostSort;
import io.themescope.analytics.Bucketing;
import io.themescope.cooccurrence.Scope;
import io.themescope.ingest.DocumentRequestParser;
import io.themescope.series.Metric;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards API and the static page on the running app, and the fixed table of API paths in
 * {@link ApiCatalog} against the app's live OpenAPI description and the parsers' own enums.
 */
class DashboardsEndpointTest extends LiveAppTest {

    @Test
    void listsTheBuiltInDashboardsInOrder() {
        JsonNode items = json("/api/v1/dashboards").path("items");
        assertThat(items.valueStream().map(i -> i.path("id").asString()))
                .containsExactly("security-themes-over-time", "host-country-emphases", "theme-detail");
        assertThat(items.get(0).path("title").asString()).isEqualTo("Security themes over time");
        assertThat(items.get(0).path("description").asString()).isNotBlank();
        assertThat(items.get(0).propertyNames()).containsExactly("id", "title", "description");
    }

    @Test
    void returnsOneDefinitionAsWritten() {
        JsonNode d = json("/api/v1/dashboards/theme-detail");
        assertThat(d.path("title").asString()).isEqualTo("Theme detail");
        assertThat(d.path("panels").valueStream().map(p -> p.path("kind").asString()))
                .containsExactly("trend", "cooccurrence", "passages");
        assertThat(d.path("panels").get(0).path("query").path("path").asString()).isEqualTo("/api/v1/series");
    }

    @Test
    void anUnknownDashboardIsA404Problem() {
        HttpResponse<String> r = get("/api/v1/dashboards/no-such-dashboard");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(r.body()).path("detail").asString())
                .isEqualTo("No dashboard with id no-such-dashboard; GET /api/v1/dashboards lists them.");
    }

    @Test
    void servesThePageAndItsChartLibraryFromTheJar() {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>")
                .doesNotContain("https://").doesNotContain("http://");
        HttpResponse<String> echarts = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");
        for (String asset : List.of("/app.js", "/app.css", "/js/state.js", "/js/panels/trend.js")) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void theCatalogAgreesWithTheLiveOpenApiDescription() {
        OpenApiSpec spec = openApi();
        for (String path : ApiCatalog.paths()) {
            assertThat(spec.hasGet(path)).as("GET %s in /v3/api-docs", path).isTrue();
            Map<String, List<String>> declared = spec.queryParameters(path);
            assertThat(new TreeSet<>(ApiCatalog.parameters(path))).as("parameters of %s", path)
                    .isEqualTo(new TreeSet<>(declared.keySet()));
            declared.forEach((name, values) -> {
                if (!values.isEmpty()) {
                    assertThat(ApiCatalog.values(path, name)).as("enum %s of %s", name, path)
                            .hasValueSatisfying(v -> assertThat(v).containsExactlyInAnyOrderElementsOf(values));
                }
            });
        }
    }

    @Test
    void theCatalogsEnumsAreTheParsersOwn() {
        List<String> buckets = Arrays.stream(Bucketing.values()).map(Bucketing::param).toList();
        assertThat(ApiCatalog.values(ApiCatalog.SERIES, "bucket")).contains(buckets);
        assertThat(ApiCatalog.values(ApiCatalog.MENTIONS, "bucketing")).contains(buckets);
        assertThat(ApiCatalog.values(ApiCatalog.SERIES, "metric"))
                .contains(Arrays.stream(Metric.values()).map(Metric::param).toList());
        assertThat(ApiCatalog.values(ApiCatalog.HOSTS, "sort"))
                .contains(Arrays.stream(HostSort.values()).map(HostSort::param).toList());
        assertThat(ApiCatalog.values(ApiCatalog.COOCCURRENCE, "scope"))
                .contains(Arrays.stream(Scope.values()).map(Scope::param).toList());
        for (String path : ApiCatalog.paths()) {
            assertThat(ApiCatalog.values(path, "kind")).hasValueSatisfying(
                    v -> assertThat(v).containsExactlyInAnyOrderElementsOf(DocumentRequestParser.KINDS));
        }
    }

    @Test
    void everyBuiltInPanelQueryRunsOnTheApp() {
        for (JsonNode summary : json("/api/v1/dashboards").path("items")) {
            JsonNode d = json("/api/v1/dashboards/" + summary.path("id").asString());
            for (JsonNode panel : d.path("panels")) {
                JsonNode body = json(QueryStrings.of(panel.path("query")));
                assertThat(body.path("meta").path("synthetic").asBoolean()).as(panel.path("id").asString()).isTrue();
            }
        }
    }

    @Test
    void seriesFiltersOnMeetingsWork() {
        JsonNode body = json("/api/v1/series?theme=arms-race&from=2016&to=2024-06-30&series=ADMM&host=LA&bucket=meeting");
        assertThat(body.path("buckets").valueStream().map(b -> b.path("key").asString()))
                .isNotEmpty().allMatch(k -> k.startsWith("admm-"));
    }
}

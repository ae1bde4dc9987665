package io.themescope.dashboards;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker cannot run here, so the Grafana files are checked by reading them: every Infinity query's
 * path and parameters against the live /v3/api-docs (and the enums the API accepts), every query
 * run once on the live app, and the three Grafana dashboards against the three built-in ones.
 */
class GrafanaDashboardsTest extends LiveAppTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path GRAFANA = ROOT.resolve("dashboards/grafana");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** One Infinity query: where it is, its path, and each parameter with every value it can take. */
    record Query(String where, String path, Map<String, List<List<String>>> params, String rootSelector) {
    }

    private static List<Path> grafanaDashboards() throws IOException {
        try (Stream<Path> files = Files.list(GRAFANA.resolve("dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Map<String, JsonNode> builtIn() throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("dashboards"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode d = JSON.readTree(Files.readString(f));
                out.put(d.path("id").asString(), d);
            }
        }
        return out;
    }

    @Test
    void theThreeGrafanaDashboardsMirrorTheBuiltInOnes() throws IOException {
        Map<String, JsonNode> defs = builtIn();
        List<Path> files = grafanaDashboards();
        assertThat(files).hasSize(3);
        Set<String> uids = new LinkedHashSet<>();
        for (Path file : files) {
            JsonNode g = JSON.readTree(Files.readString(file));
            String uid = g.path("uid").asString();
            uids.add(uid);
            assertThat(file.getFileName().toString()).isEqualTo(uid + ".json");
            JsonNode def = defs.get(uid);
            assertThat(def).as("dashboards/%s.json for Grafana's %s", uid, file.getFileName()).isNotNull();
            assertThat(g.path("title").asString()).isEqualTo(def.path("title").asString());
            Set<String> grafanaPaths = new LinkedHashSet<>();
            queries(g, file.getFileName().toString()).forEach(q -> grafanaPaths.add(q.path()));
            Set<String> definitionPaths = new LinkedHashSet<>();
            def.path("panels").forEach(p -> definitionPaths.add(p.path("query").path("path").asString()));
            assertThat(grafanaPaths).as("API paths of %s", uid).containsAll(definitionPaths);
        }
        assertThat(uids).isEqualTo(defs.keySet());
    }

    @Test
    void everyQueryUsesOnlyDeclaredPathsParametersAndValues() throws IOException {
        OpenApiSpec spec = openApi();
        int checked = 0;
        for (Path file : grafanaDashboards()) {
            for (Query q : queries(JSON.readTree(Files.readString(file)), file.getFileName().toString())) {
                assertThat(spec.hasGet(q.path())).as("%s: GET %s in /v3/api-docs", q.where(), q.path()).isTrue();
                Map<String, List<String>> declared = spec.queryParameters(q.path());
                for (Map.Entry<String, List<List<String>>> p : q.params().entrySet()) {
                    assertThat(declared).as("%s: parameter %s of %s", q.where(), p.getKey(), q.path())
                            .containsKey(p.getKey());
                    List<String> specEnum = declared.get(p.getKey());
                    List<String> catalogEnum = ApiCatalog.values(q.path(), p.getKey()).orElse(List.of());
                    for (List<String> values : p.getValue()) {
                        for (String v : values) {
                            if (!specEnum.isEmpty()) {
                                assertThat(specEnum).as("%s: %s=%s", q.where(), p.getKey(), v).contains(v);
                            }
                            if (!catalogEnum.isEmpty()) {
                                assertThat(catalogEnum).as("%s: %s=%s", q.where(), p.getKey(), v).contains(v);
                            }
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void everyQueryRunsOnTheAppAndFindsItsRows() throws IOException {
        for (Path file : grafanaDashboards()) {
            for (Query q : queries(JSON.readTree(Files.readString(file)), file.getFileName().toString())) {
                List<String> parts = new ArrayList<>();
                q.params().forEach((name, alternatives) -> alternatives.getFirst()
                        .forEach(v -> parts.add(QueryStrings.encode(name) + "=" + QueryStrings.encode(v))));
                JsonNode body = json(q.path() + "?" + String.join("&", parts));
                String first = q.rootSelector().replaceFirst("^\\$?\\.?", "").split("[^A-Za-z]", 2)[0];
                assertThat(body.has(first)).as("%s: root selector %s starts at a field of the answer", q.where(),
                        q.rootSelector()).isTrue();
                assertThat(body.path("meta").path("synthetic").asBoolean()).isTrue();
            }
        }
    }

    @Test
    void provisioningPointsInfinityAtTheBackendAndComposeMountsIt() throws IOException {
        JsonNode ds = YAML.readTree(Files.readString(GRAFANA.resolve("provisioning/datasources/themescope.yml")))
                .path("datasources").get(0);
        assertThat(ds.path("type").asString()).isEqualTo("yesoreyeram-infinity-datasource");
        assertThat(ds.path("uid").asString()).isEqualTo("themescope-api");
        assertThat(ds.path("url").asString()).isEqualTo("http://backend:8080");
        JsonNode provider = YAML.readTree(Files.readString(GRAFANA.resolve("provisioning/dashboards/themescope.yml")))
                .path("providers").get(0);
        String dashboardsPath = provider.path("options").path("path").asString();

        JsonNode grafana = YAML.readTree(Files.readString(ROOT.resolve("docker-compose.yml"))).path("services").path("grafana");
        assertThat(grafana.path("image").asString()).matches("grafana/grafana:\\d+\\.\\d+\\.\\d+");
        assertThat(grafana.path("environment").path("GF_INSTALL_PLUGINS").asString())
                .contains("yesoreyeram-infinity-datasource");
        assertThat(grafana.path("ports").valueStream().map(JsonNode::asString)).containsExactly("127.0.0.1:3000:3000");
        List<String> volumes = grafana.path("volumes").valueStream().map(JsonNode::asString).toList();
        assertThat(volumes).contains("./dashboards/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./dashboards/grafana/dashboards:" + dashboardsPath + ":ro");
        for (Path file : grafanaDashboards()) {
            for (JsonNode panel : JSON.readTree(Files.readString(file)).path("panels")) {
                assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(ds.path("uid").asString());
            }
        }
    }

    /** Every Infinity target of a Grafana dashboard, with its variables replaced by each value they can take. */
    static List<Query> queries(JsonNode dashboard, String file) {
        Map<String, List<String>> variables = variables(dashboard);
        List<Query> out = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode t : panel.path("targets")) {
                String where = file + " panel \"" + panel.path("title").asString() + "\" " + t.path("refId").asString();
                assertThat(t.path("datasource").path("type").asString()).as(where)
                        .isEqualTo("yesoreyeram-infinity-datasource");
                assertThat(t.path("type").asString()).as(where).isEqualTo("json");
                assertThat(t.path("source").asString()).as(where).isEqualTo("url");
                assertThat(t.path("url_options").path("method").asString()).as(where).isEqualTo("GET");
                URI url = URI.create(t.path("url").asString());
                assertThat(url.getHost()).as("%s: the data source supplies the host", where).isNull();
                Map<String, List<List<String>>> params = new LinkedHashMap<>();
                List<String[]> pairs = new ArrayList<>();
                if (url.getRawQuery() != null) {
                    for (String kv : url.getRawQuery().split("&")) {
                        String[] p = kv.split("=", 2);
                        pairs.add(new String[] {decode(p[0]), p.length > 1 ? decode(p[1]) : ""});
                    }
                }
                for (JsonNode p : t.path("url_options").path("params")) {
                    pairs.add(new String[] {p.path("key").asString(), p.path("value").asString()});
                }
                for (String[] p : pairs) {
                    List<List<String>> alternatives = params.computeIfAbsent(p[0], k -> new ArrayList<>());
                    List<String> values = expand(p[1], variables);
                    if (alternatives.isEmpty()) {
                        values.forEach(v -> alternatives.add(new ArrayList<>(List.of(v))));
                    } else {
                        alternatives.forEach(a -> a.add(values.getFirst()));
                    }
                }
                out.add(new Query(where, url.getPath(), params, t.path("root_selector").asString()));
            }
        }
        assertThat(out).as("%s has queries", file).isNotEmpty();
        return out;
    }

    /** Values of the dashboard's variables and of Grafana's time range (a date, as the queries format it). */
    private static Map<String, List<String>> variables(JsonNode dashboard) {
        Map<String, List<String>> vars = new LinkedHashMap<>();
        vars.put("__from", List.of("2006-01-01"));
        vars.put("__to", List.of(LocalDate.now().toString()));
        for (JsonNode v : dashboard.path("templating").path("list")) {
            List<String> values = new ArrayList<>();
            v.path("options").forEach(o -> values.add(o.path("value").asString()));
            if (values.isEmpty()) {
                values.addAll(List.of(v.path("query").asString().split(",")));
            }
            String current = v.path("current").path("value").asString();
            values.remove(current);
            values.addFirst(current);
            vars.put(v.path("name").asString(), values);
        }
        return vars;
    }

    /** A parameter value with at most one variable, as the list of values it can take (the current one first). */
    private static List<String> expand(String value, Map<String, List<String>> vars) {
        Matcher m = VARIABLE.matcher(value);
        if (!m.find()) {
            return List.of(value);
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        assertThat(vars).as("variable %s in %s is defined", name, value).containsKey(name);
        return vars.get(name).stream().map(v -> value.substring(0, m.start()) + v + value.substring(m.end())).toList();
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

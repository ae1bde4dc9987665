package io.themescope.hostile;

import io.themescope.hostile.GetEndpoints.Endpoint;
import io.themescope.hostile.GetEndpoints.Param;
import io.themescope.hostile.Hostile.Value;
import io.themescope.support.Json;
import io.themescope.support.StoreFingerprint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in every query parameter of every GET endpoint under /api/v1, on one live app with
 * a small corpus: each answer is a valid 200 or a 400 problem naming the parameter, never a 5xx or a
 * hang, and the stored rows and their checksums stay what they were. The request line limit is
 * raised so 10,000-character values reach the parsers instead of Netty's 414 (see LongRequestLineTest).
 */
class HostileQueryParametersTest {

    private static LiveApp app;
    private static String documentId;
    private static String cursor;
    private static Map<String, String> stored;

    @BeforeContainer
    static void start() {
        app = LiveApp.start("hostile_query", "--server.netty.max-initial-line-length=1MB");
        documentId = Corpus.load(app);
        cursor = Corpus.issuedCursor(app);
        stored = StoreFingerprint.of(app.dsl());
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** One request per parameter of every endpoint, each with the same hostile value and the rest valid. */
    @Property(tries = 10)
    void everyParameterOfEveryEndpointTakesAHostileValue(@ForAll("hostile") Value value) {
        for (Param p : GetEndpoints.PARAMS) {
            send(p.endpoint(), List.of(Map.entry(p.name(), value.encoded())));
        }
        for (Endpoint e : GetEndpoints.ALL) {
            if (e.params().isEmpty()) {
                send(e, List.of(Map.entry("unknown", value.encoded())));
            }
        }
        assertThat(StoreFingerprint.of(app.dsl())).isEqualTo(stored);
    }

    /** Several parameters at once, repeated and empty ones included, valid values mixed with hostile. */
    @Property(tries = 200)
    void parametersCombinedAndRepeated(@ForAll("combinations") Tuple.Tuple2<Endpoint, List<Map.Entry<String, String>>> r) {
        send(r.get1(), r.get2());
    }

    /** Ids in the path: found, or a 404 problem; never a 5xx. */
    @Property(tries = 30)
    void hostilePathIds(@ForAll("hostile") Value id, @ForAll boolean dashboard) {
        String path = (dashboard ? "/api/v1/dashboards/" : "/api/v1/documents/") + id.encoded();
        Verdict.acceptable(path, app.get(path), Set.of("text"), Set.of("text"), true);
    }

    /** After every property too: the single-request properties check the store once, not per try. */
    @AfterProperty
    void storeIsUnchanged() {
        assertThat(StoreFingerprint.of(app.dsl())).isEqualTo(stored);
    }

    /** Every download shape on real rows; parquet in the wide layout was a 500 for any request. */
    @Example
    void everyExportFormatAndLayoutAnswers() {
        for (String format : List.of("csv", "json", "ndjson", "parquet")) {
            for (String layout : List.of("long", "wide")) {
                for (String bucket : List.of("year", "quarter", "month", "meeting")) {
                    exportAnswers("/api/v1/export/series?theme=arms-race,unity&metric=share&smooth=3&format=" + format
                            + "&layout=" + layout + "&bucket=" + bucket);
                }
            }
            exportAnswers("/api/v1/export/hosts?sort=mentions&format=" + format);
            exportAnswers("/api/v1/export/mentions?bucketing=meeting&bucket=admm-8&format=" + format);
        }
    }

    /** Past 20 problems the answer lists 20 and says how many more there were, on the request itself. */
    @Example
    void manyProblemsAreCappedWithANote() {
        StringBuilder themes = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            themes.append(i == 0 ? "" : ",").append("x").append(i);
        }
        String request = "/api/v1/series?theme=" + themes;
        LiveApp.Answer a = app.get(request);
        Verdict.acceptable(request, a, Set.of("theme"), Set.of("theme"), false);
        JsonNode errors = Json.parse(a.text()).path("errors");
        assertThat(errors.size()).isEqualTo(21);
        assertThat(errors.get(20).path("field").asString()).isEqualTo("request");
        assertThat(errors.get(20).path("rule").asString()).isEqualTo("too-many-errors");
        assertThat(errors.get(20).path("message").asString()).isEqualTo("11 more problems were found and not listed.");
    }

    private static void exportAnswers(String request) {
        LiveApp.Answer a = app.get(request);
        assertThat(a.status()).as(request + " → " + LiveApp.abbreviated(a.text())).isEqualTo(200);
        assertThat(a.body()).as(request).isNotEmpty();
    }

    /** The table of endpoints is every GET path and query parameter the API describes, so none goes untested. */
    @Example
    void theTableListsEveryGetEndpointAndParameterOfTheApi() {
        JsonNode paths = Json.parse(app.get("/v3/api-docs").text()).path("paths");
        Map<String, Set<String>> described = new TreeMap<>();
        for (Map.Entry<String, JsonNode> p : paths.properties()) {
            if (p.getKey().startsWith("/api/v1/") && p.getValue().has("get")) {
                Set<String> names = new TreeSet<>();
                p.getValue().path("get").path("parameters").forEach(q -> {
                    if ("query".equals(q.path("in").asString())) {
                        names.add(q.path("name").asString());
                    }
                });
                described.put(p.getKey(), names);
            }
        }
        Map<String, Set<String>> listed = new TreeMap<>();
        GetEndpoints.ALL.forEach(e -> listed.put(e.path(), new TreeSet<>(e.params().keySet())));
        assertThat(listed).isEqualTo(described);
    }

    @Provide
    Arbitrary<Value> hostile() {
        return Hostile.values();
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Endpoint, List<Map.Entry<String, String>>>> combinations() {
        return Arbitraries.of(GetEndpoints.ALL.stream().filter(e -> !e.params().isEmpty()).toList())
                .flatMap(e -> occurrence(e).list().ofMinSize(1).ofMaxSize(5).map(ps -> Tuple.of(e, ps)));
    }

    /** A parameter of {@code e} (each may come again) with a valid value, a hostile one or nothing. */
    private static Arbitrary<Map.Entry<String, String>> occurrence(Endpoint e) {
        return Arbitraries.of(List.copyOf(e.params().keySet())).flatMap(name -> Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.of(e.params().get(name)).map(Hostile::encode)),
                        Tuple.of(3, Hostile.values().map(Value::encoded)),
                        Tuple.of(1, Arbitraries.just("")))
                .map(v -> Map.entry(name, v)));
    }

    private static void send(Endpoint e, List<Map.Entry<String, String>> params) {
        Set<String> sent = new LinkedHashSet<>();
        List<String> query = new ArrayList<>();
        params.forEach(p -> sent.add(p.getKey()));
        if (!e.base().isEmpty() && !sent.contains(e.base().split("=")[0])) {
            query.add(e.base());
            sent.add(e.base().split("=")[0]);
        }
        for (Map.Entry<String, String> p : params) {
            String v = p.getValue().equals(Hostile.encode("<issued>")) ? cursor : p.getValue();
            query.add(p.getKey() + "=" + v);
        }
        String path = e.path().replace("{id}", e.path().equals(GetEndpoints.DASHBOARD) ? "theme-detail" : documentId);
        String request = path + "?" + String.join("&", query);
        Set<String> known = new LinkedHashSet<>(e.params().keySet());
        // the corpus documents were sent as text, so they have no original file: /source is a 404 problem
        Verdict.acceptable(request, app.get(request), sent, known, e.path().endsWith("/source"));
    }
}

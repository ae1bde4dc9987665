package io.themescope.ingest;

import io.themescope.clickhouse.schema.IndexState;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import io.themescope.themes.MentionExtractor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * Reindexing re-extracts every stored document into a new mention generation and switches readers
 * in one step. These tests check what an analyst relies on: the same counts before and after, the
 * old generation's partition gone, readers seeing only the current generation while a reindex is
 * half done, and a document ingested during a reindex counted exactly once afterwards. A gate on the
 * extractor stops the reindex half-way, so the interleaving is fixed rather than left to timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "themescope.demo.enabled=false")
@AutoConfigureWebTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReindexEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("reindex_endpoint");

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
    }

    private static final String MEETING = """
            {"series": "ADMM", "number": 12, "date": "2018-10-19", "hostCountry": "SG", "hostCity": "Singapore"}""";
    /** arms-race, unity, maritime-security. */
    private static final String A = "The Ministers warned that an arms race would harm regional unity."
            + " Maritime security remains vital.";
    /** unity twice, maritime-security. */
    private static final String B = "Unity matters. Unity and maritime security go together.";
    /** terrorism, arms-race; the reindex stops before extracting it while the gate is armed. */
    private static final String GATE = "Terrorism and the arms race worry the Ministers.";
    /** arms-race, south-china-sea, maritime-security, unity; ingested while the reindex is stopped. */
    private static final String X = "An arms race in the South China Sea must be avoided. Maritime security and unity"
            + " were stressed.";

    @Autowired
    private WebTestClient client;
    @Autowired
    private DSLContext dsl;
    @Autowired
    private IndexGeneration generation;
    @MockitoSpyBean
    private MentionExtractor extractor;
    @LocalServerPort
    private int port;
    private WebTestClient web;

    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void setUp() {
        web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        doAnswer(call -> {
            if (armed.get() && GATE.contentEquals((CharSequence) call.getArgument(0))) {
                reached.countDown();
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            }
            return call.callRealMethod();
        }).when(extractor).extract(any(CharSequence.class));
        for (String text : List.of(A, B, GATE)) {
            post(text);
        }
    }

    @AfterEach
    void disarm() {
        armed.set(false);
        release.countDown();
    }

    private int post(String text) {
        return web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"title": "T", "kind": "joint-declaration", "meeting": %s, "text": "%s"}""".formatted(MEETING, text))
                .exchange().returnResult(String.class).getStatus().value();
    }

    /** Mentions per theme in one generation, straight from the table. */
    private Map<String, Integer> countsIn(int g) {
        Map<String, Integer> counts = new TreeMap<>();
        for (var r : dsl.select(Mentions.THEME, DSL.count()).from(Mentions.TABLE).where(Mentions.GENERATION.eq(g))
                .groupBy(Mentions.THEME).fetch()) {
            counts.put(r.value1(), r.value2());
        }
        return counts;
    }

    private List<Integer> activePartitions() {
        return dsl.resultQuery("SELECT DISTINCT toUInt32(partition) FROM system.parts WHERE database = {0}"
                        + " AND table = 'mentions' AND active ORDER BY 1", DB)
                .fetch(0, Integer.class);
    }

    private String series() {
        EntityExchangeResult<String> r = web.get()
                .uri("/api/v1/series?theme=arms-race,unity,maritime-security,terrorism,south-china-sea&bucket=meeting")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        return r.getResponseBody();
    }

    private static Map<String, Long> mentionsPerTheme(String seriesJson) {
        Map<String, Long> out = new TreeMap<>();
        for (JsonNode s : Json.parse(seriesJson).get("series")) {
            long sum = 0;
            for (JsonNode p : s.get("points")) {
                sum += p.get("mentions").longValue();
            }
            out.put(s.get("theme").stringValue(), sum);
        }
        return out;
    }

    @Test
    @Order(1)
    void reindexMovesReadersToTheNextGenerationWithTheSameCountsAndDropsTheOldOne() {
        int g = generation.current();
        Map<String, Integer> before = countsIn(g);
        String seriesBefore = series();
        // A: arms-race, unity, maritime-security; B: unity ×2, maritime-security; GATE: terrorism, arms-race
        assertThat(before).isEqualTo(Map.of("arms-race", 2, "maritime-security", 2, "terrorism", 1, "unity", 3));

        EntityExchangeResult<String> r = web.post().uri("/api/v1/reindex").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();

        JsonNode report = Json.parse(r.getResponseBody());
        assertThat(report.get("seconds").doubleValue()).isPositive();
        ((tools.jackson.databind.node.ObjectNode) report).remove("seconds");
        Json.assertJson(report.toString(), obj("documents", 3, "mentions", 8, "generation", g + 1,
                "taxonomyVersion", "2026.12.1"));
        assertThat(generation.current()).isEqualTo(g + 1);
        assertThat(countsIn(g + 1)).isEqualTo(before);
        assertThat(dsl.fetchCount(Mentions.TABLE, Mentions.GENERATION.eq(g))).isZero();
        assertThat(activePartitions()).containsExactly(g + 1);
        assertThat(dsl.select(IndexState.GENERATION).from(IndexState.TABLE).orderBy(IndexState.UPDATED_AT.desc())
                .limit(1).fetchOne(IndexState.GENERATION)).isEqualTo(g + 1);
        // the API answers exactly as before
        Json.assertJson(series(), seriesBefore);
        io.themescope.support.StoreInvariants.assertConsistent(dsl);
    }

    @Test
    @Order(2)
    void aDocumentIngestedWhileAReindexRunsIsCountedOnceAndReadersNeverSeeTheHalfBuiltGeneration() throws Exception {
        int g = generation.current();
        Map<String, Integer> before = countsIn(g);
        armed.set(true);
        CompletableFuture<String> reindex = WebClient.create("http://localhost:" + port).post().uri("/api/v1/reindex")
                .retrieve().bodyToMono(String.class).toFuture();
        assertThat(reached.await(60, TimeUnit.SECONDS)).as("the reindex reached the gate").isTrue();

        // half-way: the next generation is open for writes, readers are still on the current one
        assertThat(generation.pending()).isEqualTo(g + 1);
        EntityExchangeResult<String> second = web.post().uri("/api/v1/reindex").exchange()
                .expectBody(String.class).returnResult();
        assertThat(second.getStatus().value()).isEqualTo(409);
        Json.assertJson(second.getResponseBody(), """
                {"type": "urn:themescope:problem:conflict", "title": "Conflict", "status": 409,
                 "detail": "A reindex is already running; wait for it to finish.", "instance": "/api/v1/reindex",
                 "errors": [{"field": "reindex", "rule": "not-running",
                             "message": "A reindex is already running; wait for it to finish."}]}""");
        assertThat(post(X)).isEqualTo(201);
        String seriesDuring = series();
        // X adds arms-race, south-china-sea, maritime-security and unity once each, in both generations
        Map<String, Long> expected = Map.of("arms-race", 3L, "maritime-security", 3L, "south-china-sea", 1L,
                "terrorism", 1L, "unity", 4L);
        assertThat(mentionsPerTheme(seriesDuring)).isEqualTo(expected);
        assertThat(countsIn(g)).isEqualTo(Map.of("arms-race", 3, "maritime-security", 3, "south-china-sea", 1,
                "terrorism", 1, "unity", 4));
        // the next generation holds X and whatever the reindex wrote before the gate, never more than the total
        assertThat(dsl.fetchCount(Mentions.TABLE, Mentions.GENERATION.eq(g + 1))).isLessThan(12);
        assertThat(generation.current()).isEqualTo(g);

        release.countDown();
        JsonNode report = Json.parse(reindex.get(60, TimeUnit.SECONDS));

        // the snapshot was taken before X: three documents, eight mentions
        assertThat(report.get("documents").intValue()).isEqualTo(3);
        assertThat(report.get("mentions").intValue()).isEqualTo(8);
        assertThat(report.get("generation").intValue()).isEqualTo(g + 1);
        assertThat(generation.current()).isEqualTo(g + 1);
        assertThat(countsIn(g + 1)).isEqualTo(Map.of("arms-race", 3, "maritime-security", 3,
                "south-china-sea", 1, "terrorism", 1, "unity", 4));
        assertThat(dsl.fetchCount(Mentions.TABLE, Mentions.GENERATION.eq(g))).isZero();
        assertThat(activePartitions()).containsExactly(g + 1);
        Json.assertJson(series(), seriesDuring);
        assertThat(before).isEqualTo(Map.of("arms-race", 2, "maritime-security", 2, "terrorism", 1, "unity", 3));
        // X's totals row went to the old generation only; the new one took every document's when it switched
        io.themescope.support.StoreInvariants.assertConsistent(dsl);
    }

    @Test
    @Order(3)
    void leftoversOfAnInterruptedReindexDoNotCountTwice() {
        int g = generation.current();
        Map<String, Integer> before = countsIn(g);
        // a reindex that died after writing part of generation g + 1 (a crash, a kill) leaves its rows behind;
        // readers never saw them, and the next reindex writes that same generation again
        dsl.execute("INSERT INTO mentions SELECT toUInt32(" + (g + 1) + "), theme, meeting_date, date_precision,"
                + " year, meeting_id, series, host_country, kind, document_id, term, start, end, sentence,"
                + " sentence_start, synthetic, first_in_document, page FROM mentions WHERE generation = " + g + " AND theme = 'unity'");
        assertThat(dsl.fetchCount(Mentions.TABLE, Mentions.GENERATION.eq(g + 1))).isEqualTo(before.get("unity"));

        web.post().uri("/api/v1/reindex").exchange().expectStatus().isOk();

        assertThat(generation.current()).isEqualTo(g + 1);
        assertThat(countsIn(g + 1)).isEqualTo(before);
    }
}

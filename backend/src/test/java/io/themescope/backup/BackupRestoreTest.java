package io.themescope.backup;

import io.themescope.ThemeScopeApplication;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import io.themescope.support.StoreInvariants;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken over HTTP while a bulk import runs is consistent (restored, the store passes every
 * invariant and holds whole batches only); a backup of a quiet store restored into a fresh one gives
 * byte-identical answers from every analytics endpoint; restore refuses a non-empty store unless told
 * to replace it; the backup directory comes from configuration only; export-corpus then import
 * rebuilds the same counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupRestoreTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("backup_source");
    private static final String KEY = "backup-key-for-tests-00001";
    private static final Path BACKUPS;

    static {
        try {
            BACKUPS = Files.createTempDirectory("themescope-backups-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.registerStore(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
        registry.add("themescope.security.api-keys", () -> KEY);
        registry.add("themescope.backup.dir", BACKUPS::toString);
        registry.add("themescope.rate-limit.enabled", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    BackupService backups;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> send(int port, String method, String path, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(3)).header("X-API-Key", KEY).header("Cache-Control", "no-cache")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String[] THEMES_TEXT = {"maritime security", "the arms race", "counter-terrorism",
            "resilience", "humanitarian assistance and disaster relief", "cyber security", "ASEAN centrality"};

    /** {@code n} documents over 12 meetings, each naming a few themes, distinct by {@code salt}. */
    static String ndjson(int n, String salt) {
        StringBuilder sb = new StringBuilder();
        String[] hosts = {"LA", "MY", "PH", "SG", "TH", "VN"};
        for (int i = 0; i < n; i++) {
            int meeting = i % 12;
            String text = "Document " + salt + " " + i + " on " + THEMES_TEXT[i % THEMES_TEXT.length] + " and "
                    + THEMES_TEXT[(i / 3) % THEMES_TEXT.length] + ". Ministers also noted " + THEMES_TEXT[(i * 7) % 5] + ".";
            sb.append(String.format(Locale.ROOT, "{\"title\":\"Doc %s %d\",\"kind\":\"%s\",\"meeting\":{\"series\":\"ADMM\","
                            + "\"number\":%d,\"date\":\"%d-05-%02d\",\"hostCountry\":\"%s\",\"hostCity\":\"City\"},\"text\":\"%s\"}%n",
                    salt, i, i % 2 == 0 ? "speech" : "joint-declaration", meeting + 1, 2010 + meeting, 10 + meeting,
                    hosts[meeting % hosts.length], text));
        }
        return sb.toString();
    }

    static final List<String> ANSWERS = List.of(
            "/api/v1/series?theme=maritime-security,arms-race,terrorism,resilience&bucket=year&metric=per10k",
            "/api/v1/series?theme=maritime-security,hadr&bucket=meeting&metric=share",
            "/api/v1/series?theme=cybersecurity&bucket=year&metric=mentions&smooth=3",
            "/api/v1/compare/hosts",
            "/api/v1/cooccurrence?scope=sentence",
            "/api/v1/cooccurrence?scope=document",
            "/api/v1/mentions?limit=200",
            "/api/v1/mentions?theme=resilience&limit=50",
            "/api/v1/documents?limit=500",
            "/api/v1/meetings",
            "/api/v1/export/series?theme=maritime-security&format=csv",
            "/api/v1/export/hosts?format=json");

    private static List<String> answers(int port) throws Exception {
        List<String> out = new ArrayList<>();
        for (String path : ANSWERS) {
            HttpResponse<String> r = send(port, "GET", path, null, null);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            out.add(path + "\n" + r.body());
        }
        return out;
    }

    private static String[] store(String database, String... more) {
        List<String> a = new ArrayList<>(List.of(more));
        ClickHouseTestSupport.Target t = ClickHouseTestSupport.target();
        a.add("--themescope.clickhouse.database=" + database);
        if (t.kind() == ClickHouseTestSupport.Kind.EMBEDDED) {
            a.add("--themescope.clickhouse.embedded.data-dir=" + t.dataDir());
        } else {
            a.add("--themescope.clickhouse.mode=server");
            a.add("--themescope.clickhouse.url=" + t.baseUrl());
            a.add("--themescope.clickhouse.user=" + t.user());
            a.add("--themescope.clickhouse.password=" + t.password());
        }
        return a.toArray(String[]::new);
    }

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Class<?> cl = Class.forName("io.themescope.cli.CommandLine");
        var m = cl.getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
        m.setAccessible(true);
        int code = (int) m.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static DSLContext dsl(Connection c) {
        return DSL.using(c, SQLDialect.CLICKHOUSE);
    }

    @Test
    void backupWhileImportingRestoresConsistentlyAndAQuietBackupRestoresExactly() throws Exception {
        assertThat(send(port, "POST", "/api/v1/documents/bulk", "application/x-ndjson", ndjson(1500, "a")).statusCode())
                .isEqualTo(200);
        // a second import runs while the backup is taken
        CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(() -> {
            try {
                return send(port, "POST", "/api/v1/documents/bulk", "application/x-ndjson", ndjson(6000, "b"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection c = ClickHouseTestSupport.connect(DB)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (dsl(c).fetchCount(DSL.table(DSL.name("documents"))) <= 1500 && System.nanoTime() < deadline) {
                Thread.sleep(20); // until the second import has published its first batch
            }
        }
        HttpResponse<String> during = send(port, "POST", "/api/v1/backups", null, null);
        assertThat(during.statusCode()).as(during.body()).isEqualTo(201);
        JsonNode duringInfo = Json.parse(during.body());
        assertThat(duringInfo.path("id").asString()).matches("ts-\\d{8}T\\d{6}Z-[0-9a-f]{6}");
        assertThat(Path.of(duringInfo.path("path").asString()).getParent()).isEqualTo(BACKUPS.toAbsolutePath().normalize());
        assertThat(duringInfo.path("bytes").asLong()).isPositive();
        long documentsDuring = duringInfo.path("documents").asLong();
        assertThat(documentsDuring).isBetween(2500L, 7500L);
        System.out.println("the backup taken during the import holds " + documentsDuring + " of 7500 documents");
        assertThat(importing.get().statusCode()).isEqualTo(200);
        assertThat(send(port, "POST", "/api/v1/backups", null, "{\"path\": \"/etc\"}").statusCode())
                .as("a body cannot choose the path").isIn(201, 400, 415);

        // the backup taken during the import: whole batches only, every invariant holds
        String restoredDuring = ClickHouseTestSupport.newDatabase("backup_during");
        Run r = cli(store(restoredDuring, "restore", duringInfo.path("path").asString()));
        assertThat(r.code()).as(r.err()).isZero();
        try (Connection c = ClickHouseTestSupport.connect(restoredDuring)) {
            StoreInvariants.assertConsistent(dsl(c));
            long docs = dsl(c).fetchCount(DSL.table(DSL.name("documents")));
            assertThat(docs).isEqualTo(documentsDuring);
            assertThat((docs - 1500) % 1000).as("only whole batches of 1,000 (the second import's)").isZero();
        }

        // a quiet backup, restored into a fresh store, answers every analytics question byte for byte
        HttpResponse<String> quiet = send(port, "POST", "/api/v1/backups", null, null);
        assertThat(quiet.statusCode()).isEqualTo(201);
        assertThat(Json.parse(quiet.body()).path("documents").asLong()).isEqualTo(7500);
        String fresh = ClickHouseTestSupport.newDatabase("backup_fresh");
        Run restored = cli(store(fresh, "restore", Json.parse(quiet.body()).path("path").asString()));
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("restored ts-");
        List<String> expected = answers(port);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(ThemeScopeApplication.class)
                .properties("themescope.demo.enabled=false", "themescope.rate-limit.enabled=false")
                .run(store(fresh, "--server.port=0", "--themescope.security.api-keys=" + KEY))) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            List<String> actual = answers(otherPort);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).isEqualTo(expected.get(i));
            }
        }

        // not into a non-empty store, unless --replace
        Run refused = cli(store(fresh, "restore", Json.parse(quiet.body()).path("path").asString()));
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("the store is not empty").contains("--replace");
        Run replaced = cli(store(fresh, "restore", duringInfo.path("path").asString(), "--replace"));
        assertThat(replaced.code()).as(replaced.err()).isZero();
        try (Connection c = ClickHouseTestSupport.connect(fresh)) {
            assertThat(dsl(c).fetchCount(DSL.table(DSL.name("documents")))).isEqualTo(documentsDuring);
            StoreInvariants.assertConsistent(dsl(c));
        }

        // the list shows all three backups, oldest first
        JsonNode list = Json.parse(send(port, "GET", "/api/v1/backups", null, null).body()).path("backups");
        assertThat(list.size()).isEqualTo(3);
        assertThat(list.get(0).path("id").asString()).isEqualTo(duringInfo.path("id").asString());
    }

    @Test
    void exportCorpusThenImportGivesTheSameCounts() throws Exception {
        String source = ClickHouseTestSupport.newDatabase("export_source");
        Path dir = Files.createTempDirectory("themescope-export-");
        Files.writeString(dir.resolve("in.ndjson"), ndjson(300, "c")
                + "{\"title\":\"Y\",\"kind\":\"other\",\"meeting\":{\"series\":\"ADMM-Plus\",\"date\":\"2014-05\",\"hostCountry\":\"MM\"},"
                + "\"text\":\"Maritime security in a partial month.\",\"publishedOn\":\"2014-05-02\",\"sourceUrl\":\"https://example.org/y\"}\n");
        assertThat(cli(store(source, "import", dir.resolve("in.ndjson").toString())).code()).isZero();
        Path corpus = dir.resolve("corpus.ndjson");
        Run exported = cli(store(source, "export-corpus", corpus.toString()));
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).startsWith("exported 301 documents");
        String target = ClickHouseTestSupport.newDatabase("export_target");
        Run imported = cli(store(target, "import", corpus.toString()));
        assertThat(imported.out()).startsWith("accepted: 301\nduplicates: 0\nrejected: 0");
        try (Connection a = ClickHouseTestSupport.connect(source); Connection b = ClickHouseTestSupport.connect(target)) {
            for (String q : new String[] {
                    "SELECT count(), sum(words), groupArraySorted(1000)(id) FROM documents",
                    "SELECT theme, count() FROM mentions GROUP BY theme ORDER BY theme",
                    "SELECT id, series, number, date, date_precision, host_country, host_city FROM meetings FINAL ORDER BY id"}) {
                assertThat(dsl(b).fetch(q).formatCSV()).as(q).isEqualTo(dsl(a).fetch(q).formatCSV());
            }
        }
    }
}

package io.themescope.ingest;

import io.themescope.ThemeScopeApplication;
import io.themescope.support.ChildJvm;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * kill -9 in the middle of a bulk import, start again, import the same file again: the store must
 * equal one clean import. Every document mentions maritime security exactly twice and has the same
 * number of words, so while the import runs, any answer where a host's mentions are not twice its
 * documents (or words not a fixed multiple) is a reader seeing half a batch. A second process on the
 * same data directory must refuse to start.
 */
class CrashRecoveryTest {

    private static final int DOCUMENTS = 4_000;
    private static final Pattern PORT = Pattern.compile("Netty started on port (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String HOSTS = "/api/v1/compare/hosts?theme=maritime-security&theme=arms-race";
    private static final String SERIES = "/api/v1/series?theme=maritime-security&theme=arms-race&bucket=meeting";

    @BeforeAll
    static void embeddedOnly() {
        assumeTrue(ClickHouseTestSupport.embedded(), "kills a backend that runs the embedded engine");
    }

    /** One NDJSON line: meeting {@code i % 8} (host fixed per meeting), a unique one-word reference. */
    static String line(int i) {
        int m = i % 8;
        String[] hosts = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG"};
        String ref = Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c)
                ? 'q' + (c - '0') % 10 : c))).reduce("", String::concat);
        return "{\"title\": \"Report " + i + "\", \"kind\": \"news-report\", \"text\": \"Delegates discussed maritime"
                + " security at length. Maritime security stays central to reference zz" + ref + ".\", \"meeting\":"
                + " {\"series\": \"Crash-Drill\", \"number\": " + (m + 1) + ", \"date\": \"201" + m + "-05-1" + m
                + "\", \"hostCountry\": \"" + hosts[m] + "\"}}\n";
    }

    @Test
    void aKilledImportRunAgainEqualsOneCleanImport(@TempDir Path crashed, @TempDir Path clean) throws Exception {
        List<String> torn = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        try (ChildJvm first = start(crashed)) {
            int port = port(first);
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    try {
                        checkWhole(get(port, HOSTS), torn);
                        reads.incrementAndGet();
                    } catch (Exception e) {
                        return; // the backend is gone
                    }
                }
            });
            PipedOutputStream out = new PipedOutputStream();
            PipedInputStream in = new PipedInputStream(out, 1 << 16);
            CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(bulk(port, HttpRequest.BodyPublishers.ofInputStream(() -> in)),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeSlowly(out));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (total(port) < 1_500) {
                assertThat(System.nanoTime()).as("1,500 documents stored within 120 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            first.kill();
            stop.set(true);
            reader.join();
            writer.handle((v, e) -> null).join();
            assertThat(upload.handle((r, e) -> e)).isNotNull();
        }
        assertThat(reads.get()).as("answers read during the import").isPositive();
        assertThat(torn).as("answers showing half a batch").isEmpty();

        JsonNode afterCrash;
        try (ChildJvm second = start(crashed)) {
            int port = port(second);
            try (ChildJvm rival = start(crashed)) {
                assertThat(rival.waitFor(120)).as(rival.output()).isNotZero();
                assertThat(rival.output()).contains("is in use by another ThemeScope process (lock file themescope.lock)");
            }
            JsonNode report = Json.parse(send(bulk(port, HttpRequest.BodyPublishers.ofString(corpus()))));
            assertThat(report.get("rejected").size()).isZero();
            assertThat(report.get("accepted").longValue() + report.get("duplicates").longValue()).isEqualTo(DOCUMENTS);
            assertThat(report.get("duplicates").longValue()).as("documents that survived the kill").isGreaterThanOrEqualTo(1_000);
            afterCrash = answers(port);
        }
        JsonNode once;
        try (ChildJvm fresh = start(clean)) {
            int port = port(fresh);
            JsonNode report = Json.parse(send(bulk(port, HttpRequest.BodyPublishers.ofString(corpus()))));
            assertThat(report.get("accepted").longValue()).isEqualTo(DOCUMENTS);
            once = answers(port);
        }
        assertThat(afterCrash.get("documents").longValue()).isEqualTo(DOCUMENTS);
        Json.assertJson(afterCrash.toString(), once.toString());
    }

    private static ChildJvm start(Path dir) {
        return ChildJvm.start(ThemeScopeApplication.class, "--server.port=0",
                "--themescope.clickhouse.embedded.data-dir=" + dir, "--themescope.demo.enabled=false",
                "--themescope.rate-limit.enabled=false", "--logging.level.io.themescope=info");
    }

    private static int port(ChildJvm app) {
        app.awaitOutput("Netty started on port", 120);
        Matcher m = PORT.matcher(app.output());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String corpus() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            b.append(line(i));
        }
        return b.toString();
    }

    /** Sends the corpus in slices with pauses, so the kill lands while batches are still being stored. */
    private static void writeSlowly(OutputStream out) {
        try (out) {
            for (int i = 0; i < DOCUMENTS; i++) {
                out.write(line(i).getBytes(StandardCharsets.UTF_8));
                if (i % 250 == 249) {
                    out.flush();
                    Thread.sleep(40);
                }
            }
        } catch (IOException | InterruptedException e) {
            // the backend was killed under us: expected
        }
    }

    /** Per host: mentions must be exactly twice the documents and words a fixed multiple of them. */
    private static void checkWhole(String hostsBody, List<String> torn) {
        for (JsonNode h : Json.parse(hostsBody).get("hosts")) {
            long docs = h.get("documents").longValue();
            long mentions = h.get("mentions").longValue();
            long words = h.get("words").longValue();
            if (mentions != 2 * docs || (docs > 0 && words % docs != 0)) {
                torn.add(h.toString());
            }
        }
    }

    /** The answers compared between the two stores; the meta block (timings, cache) is left out. */
    private static JsonNode answers(int port) throws Exception {
        var out = Json.MAPPER.createObjectNode();
        out.put("documents", total(port));
        JsonNode hosts = Json.parse(get(port, HOSTS));
        out.set("hosts", hosts.get("hosts"));
        out.set("themes", hosts.get("themes"));
        out.set("test", hosts.get("test"));
        out.set("series", Json.parse(get(port, SERIES)).get("series"));
        return out;
    }

    private static long total(int port) throws Exception {
        return Json.parse(get(port, "/api/v1/documents?limit=1")).get("total").longValue();
    }

    private static HttpRequest bulk(int port, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/documents/bulk"))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(300)).POST(body).build();
    }

    private static String get(int port, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cache-Control", "no-cache").timeout(Duration.ofSeconds(60)).GET().build());
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(request.uri() + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}

package io.themescope.reliability;

import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.StoreInvariants;
import io.themescope.support.ThreadDumps;
import io.themescope.themes.MentionExtractor;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 clients on loopback for a fixed time, mixing bulk and single ingest (the same documents sent
 * again and again, by several clients at once) with every kind of analytics read. No answer may be a
 * 5xx or lost; afterwards every document sent is stored exactly once with exactly the mentions the
 * extractor finds in it, and both aggregates equal a recount of the raw rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrencyTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("concurrency");
    private static final int CLIENTS = 32;
    private static final int WRITERS = 8;
    private static final int POOL = 600;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("themescope.concurrency.seconds", 20));
    private static final String[] SENTENCES = {
            "The ministers warned against an arms race in the region.",
            "Maritime security and freedom of navigation remain vital.",
            "Resilience against natural disasters was a shared priority.",
            "Major power rivalry should not divide the region.",
            "Counter-terrorism cooperation continued.",
            "Humanitarian assistance and disaster relief exercises were welcomed.",
            "The meeting noted cyber security threats.",
            "Delegates spoke about the weather."};
    private static final String[] HOSTS = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"};
    private static final String[] READS = {
            "/api/v1/series?theme=arms-race&theme=maritime-security&bucket=year&metric=per10k",
            "/api/v1/series?theme=resilience&bucket=meeting&metric=share",
            "/api/v1/compare/hosts?theme=arms-race&theme=resilience&theme=maritime-security",
            "/api/v1/cooccurrence?theme=arms-race&theme=maritime-security&theme=resilience",
            "/api/v1/mentions?theme=maritime-security&limit=20",
            "/api/v1/documents?limit=5",
            "/api/v1/meetings",
            "/api/v1/themes",
            "/api/v1/export/series?theme=arms-race&format=csv"};

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
    }

    @LocalServerPort
    private int port;
    @Autowired
    private DSLContext dsl;
    @Autowired
    private MentionExtractor extractor;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static String text(int i) {
        String ref = Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c)
                ? 'q' + (c - '0') % 10 : c))).reduce("", String::concat);
        return SENTENCES[i % SENTENCES.length] + " " + SENTENCES[(i * 7 + 3) % SENTENCES.length] + " Reference zz" + ref + ".";
    }

    static String document(int i) {
        int m = i % 12;
        return "{\"title\": \"Doc " + i + "\", \"kind\": \"" + (i % 3 == 0 ? "speech" : "news-report") + "\", \"text\": \""
                + text(i) + "\", \"meeting\": {\"series\": \"Load-Test\", \"number\": " + (m + 1) + ", \"date\": \""
                + (2010 + m) + "-0" + (1 + m % 9) + "-15\", \"hostCountry\": \"" + HOSTS[m % HOSTS.length] + "\"}}";
    }

    @Test
    void mixedLoadLosesNothingAndCountsEverythingOnce() throws Exception {
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        AtomicLong requests = new AtomicLong();
        long end = System.nanoTime() + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                Random random = new Random(client);
                while (System.nanoTime() < end) {
                    HttpRequest request;
                    if (client < WRITERS) {
                        StringBuilder body = new StringBuilder();
                        int n = client % 2 == 0 ? 1 + random.nextInt(40) : 1;
                        List<Integer> picked = new ArrayList<>();
                        for (int k = 0; k < n; k++) {
                            picked.add(random.nextInt(POOL));
                        }
                        if (n == 1) {
                            request = post("/api/v1/documents", "application/json", document(picked.getFirst()));
                        } else {
                            picked.forEach(i -> body.append(document(i)).append('\n'));
                            request = post("/api/v1/documents/bulk", "application/x-ndjson", body.toString());
                        }
                        int status = send(request, failures, statuses);
                        if (status == 200 || status == 201) {
                            sent.addAll(picked);
                        }
                    } else {
                        String path = READS[random.nextInt(READS.length)];
                        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(60)).GET();
                        if (random.nextBoolean()) {
                            b.header("Cache-Control", "no-cache");
                        }
                        send(b.build(), failures, statuses);
                    }
                    requests.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();

        System.out.printf("concurrency: %d requests in %d s from %d clients; statuses %s; %d distinct documents sent%n",
                requests.get(), RUN.toSeconds(), CLIENTS, statuses, sent.size());
        assertThat(failures).as("failed or lost exchanges").isEmpty();
        assertThat(statuses.keySet()).as("statuses seen").allMatch(s -> s == 200 || s == 201);
        assertThat(sent.size()).as("documents sent").isGreaterThan(100);

        assertThat(dsl.fetchCount(Documents.TABLE)).isEqualTo(sent.size());
        StoreInvariants.assertConsistent(dsl);
        long expectedMentions = sent.stream().mapToLong(i -> extractor.extract(text(i)).mentions().size()).sum();
        assertThat((long) dsl.fetchCount(Mentions.TABLE)).isEqualTo(expectedMentions);
    }

    private HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private int send(HttpRequest request, List<String> failures, Map<Integer, Long> statuses) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            statuses.merge(r.statusCode(), 1L, Long::sum);
            if (r.statusCode() >= 300) {
                failures.add(request.method() + " " + request.uri().getPath() + " -> " + r.statusCode() + ": " + r.body());
            }
            return r.statusCode();
        } catch (java.net.http.HttpTimeoutException e) {
            ThreadDumps.print("no answer in 60 s to " + request.method() + " " + request.uri());
            failures.add(request.method() + " " + request.uri() + " -> no answer in 60 s");
            return -1;
        } catch (Exception e) {
            failures.add(request.method() + " " + request.uri() + " -> " + e);
            return -1;
        }
    }
}

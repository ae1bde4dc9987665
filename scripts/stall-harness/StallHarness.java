import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Stress harness for the "exchange that never gets an answer" bug. Starts the app jar as a child
 * process on a fresh data directory and a free loopback port (or uses a running app with --url),
 * then drives N concurrent clients for a bounded time: every analytics GET with
 * Cache-Control: no-cache, the dashboard catalogue, and NDJSON bulk ingest. Each request has its own
 * timeout; a request that times out is a stall and is recorded with the child's thread dump
 * (jcmd Thread.print) and the loopback TCP sockets of the app's port (ss), to tell a request the
 * server never read (bytes waiting in its Recv-Q) from one it read but never answered.
 * <p>
 * Run from the repository root, after building the backend jar:
 * <pre>
 *   java scripts/stall-harness/StallHarness.java --jar backend/target/themescope.jar \
 *        --clients 48 --seconds 180 --out target/stall-run
 * </pre>
 * Options: --url http://127.0.0.1:PORT (use a running app, no dumps unless --pid is given),
 * --pid PID, --timeout-seconds 20, --ingest-share 0.1, --clients-per-http-client 8 (JDK clients are
 * shared like the tests' static clients; each keeps its own keep-alive pool), --fresh-share 0.0
 * (share of requests sent on a new connection), --only 5,6 (GETs from these cases of get() only; 5 and 6
 * are the dashboard catalogue, which does not touch ClickHouse), --max-dumps 5, --app-arg ARG (repeatable: extra
 * arguments for the app). Exit status: 0 when no request stalled, 1 when some did, 2 on bad use.
 * Traffic goes to 127.0.0.1 only.
 */
public final class StallHarness {

    static final String[] THEMES = {"arms-race", "major-power-rivalry", "south-china-sea", "maritime-security",
            "terrorism", "cybersecurity", "climate-change", "pandemic-and-health", "resilience", "asean-centrality", "hadr"};

    final Map<String, String> opts;
    final List<String> appArgs;
    final LongAdder ok = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder stalls = new LongAdder();
    final AtomicInteger dumps = new AtomicInteger();
    final Map<String, LongAdder> stallsByPath = new ConcurrentHashMap<>();
    final Map<String, LongAdder> statusCounts = new ConcurrentHashMap<>();
    final AtomicLong maxMillis = new AtomicLong();
    Path out;
    long pid = -1;
    int port;
    String base;

    StallHarness(Map<String, String> opts, List<String> appArgs) {
        this.opts = opts;
        this.appArgs = appArgs;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        List<String> appArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: java StallHarness.java --jar JAR | --url URL [--clients N] [--seconds S] ...");
                System.exit(2);
            }
            if (args[i].equals("--app-arg")) {
                appArgs.add(args[++i]);
            } else {
                opts.put(args[i].substring(2), args[++i]);
            }
        }
        System.exit(new StallHarness(opts, appArgs).run());
    }

    int intOpt(String name, int fallback) {
        return opts.containsKey(name) ? Integer.parseInt(opts.get(name)) : fallback;
    }

    double doubleOpt(String name, double fallback) {
        return opts.containsKey(name) ? Double.parseDouble(opts.get(name)) : fallback;
    }

    int run() throws Exception {
        int clients = intOpt("clients", 48);
        int seconds = intOpt("seconds", 120);
        out = Path.of(opts.getOrDefault("out", "target/stall-run")).toAbsolutePath();
        Files.createDirectories(out);
        Process app = null;
        if (opts.containsKey("url")) {
            base = opts.get("url").replaceAll("/+$", "");
            pid = opts.containsKey("pid") ? Long.parseLong(opts.get("pid")) : -1;
            port = URI.create(base).getPort();
        } else {
            app = startApp();
        }
        try {
            return drive(clients, seconds);
        } finally {
            if (app != null) {
                app.destroy();
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
        }
    }

    Process startApp() throws Exception {
        String jar = opts.get("jar");
        if (jar == null) {
            throw new IllegalArgumentException("--jar or --url is required");
        }
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("stall-harness-data-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xss4m",
                "-Duser.timezone=UTC", "-jar", jar, "--themescope.clickhouse.embedded.data-dir=" + data,
                "--server.port=" + port, "--server.address=127.0.0.1"));
        cmd.addAll(appArgs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolve("app.log").toFile()).start();
        pid = p.pid();
        base = "http://127.0.0.1:" + port;
        log("app pid " + pid + " on " + base + ", data " + data + ", log " + out.resolve("app.log"));
        HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the app exited with " + p.exitValue() + "; see " + out.resolve("app.log"));
            }
            try {
                HttpResponse<String> r = probe.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents?limit=1"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                boolean demoOff = appArgs.stream().anyMatch(a -> a.replace(" ", "").equals("--themescope.demo.enabled=false"));
                if (r.statusCode() == 200 && (demoOff || Files.readString(out.resolve("app.log")).contains("demo data"))) {
                    log("app ready");
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not become ready in 180 s");
    }

    int drive(int clients, int seconds) throws Exception {
        int perClient = Math.max(1, intOpt("clients-per-http-client", 8));
        Duration timeout = Duration.ofSeconds(intOpt("timeout-seconds", 20));
        double ingestShare = doubleOpt("ingest-share", 0.1);
        double freshShare = doubleOpt("fresh-share", 0.0);
        List<HttpClient> shared = new ArrayList<>();
        for (int i = 0; i < (clients + perClient - 1) / perClient; i++) {
            shared.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        log("driving " + clients + " clients for " + seconds + " s (timeout " + timeout.toSeconds() + " s, "
                + shared.size() + " JDK HttpClients, ingest share " + ingestShare + ", fresh-connection share " + freshShare + ")");
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient http = shared.get(c / perClient);
            int id = c;
            threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    boolean fresh = rnd.nextDouble() < freshShare;
                    HttpClient client = fresh ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build() : http;
                    try {
                        if (rnd.nextDouble() < ingestShare) {
                            exchange(client, ingest(id, rnd), timeout);
                        } else {
                            exchange(client, get(rnd), timeout);
                        }
                    } finally {
                        if (fresh) {
                            client.close();
                        }
                    }
                }
            }));
        }
        Thread progress = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    return;
                }
                log("ok " + ok.sum() + ", failed " + failed.sum() + ", stalls " + stalls.sum());
            }
        });
        for (Thread t : threads) {
            t.join();
        }
        progress.interrupt();
        String summary = "RESULT: requests ok " + ok.sum() + ", other failures " + failed.sum() + ", stalls " + stalls.sum()
                + ", slowest answer " + maxMillis.get() + " ms; statuses " + statusCounts + "; stalls by path " + stallsByPath;
        log(summary);
        Files.writeString(out.resolve("summary.txt"), summary + "\n");
        return stalls.sum() == 0 ? 0 : 1;
    }

    HttpRequest get(ThreadLocalRandom rnd) {
        String theme = THEMES[rnd.nextInt(THEMES.length)];
        String other = THEMES[rnd.nextInt(THEMES.length)];
        String from = (2006 + rnd.nextInt(5)) + "-01-01";
        int[] only = onlyCases();
        String path = switch (only.length > 0 ? only[rnd.nextInt(only.length)] : rnd.nextInt(10)) {
            case 0 -> "/api/v1/series?theme=" + theme + "&theme=" + other + "&bucket=year&metric=per10k&from=" + from;
            case 1 -> "/api/v1/series?theme=" + theme + "&bucket=meeting&metric=share";
            case 2 -> "/api/v1/mentions?theme=" + theme + "&limit=" + (5 + rnd.nextInt(20));
            case 3 -> "/api/v1/cooccurrence?theme=" + theme + "&scope=" + (rnd.nextBoolean() ? "sentence" : "document")
                    + "&from=" + from;
            case 4 -> "/api/v1/compare/hosts?theme=" + theme + "&theme=" + other + "&sort=host";
            case 5 -> "/api/v1/dashboards/theme-detail";
            case 6 -> "/api/v1/dashboards";
            case 7 -> "/api/v1/documents?limit=" + (1 + rnd.nextInt(20));
            case 8 -> "/api/v1/meetings";
            default -> "/api/v1/themes";
        };
        return HttpRequest.newBuilder(URI.create(base + path)).header("Cache-Control", "no-cache").GET().build();
    }

    int[] onlyCases() {
        String only = opts.get("only");
        return only == null || only.isBlank() ? new int[0]
                : java.util.Arrays.stream(only.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    HttpRequest ingest(int client, ThreadLocalRandom rnd) {
        StringBuilder body = new StringBuilder();
        int n = 1 + rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            String theme = THEMES[rnd.nextInt(THEMES.length)].replace('-', ' ');
            body.append("{\"title\":\"Stress ").append(client).append('-').append(rnd.nextLong(Long.MAX_VALUE))
                    .append("\",\"kind\":\"news-report\",\"synthetic\":true,\"meeting\":{\"series\":\"ADMM\",\"number\":")
                    .append(1 + rnd.nextInt(18)).append(",\"date\":\"").append(2006 + rnd.nextInt(18))
                    .append("\",\"hostCountry\":\"LA\",\"hostCity\":\"Vientiane\"},\"text\":\"The ministers discussed ")
                    .append(theme).append(" at length. Run ").append(rnd.nextLong(Long.MAX_VALUE)).append(".\"}\n");
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/documents/bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    void exchange(HttpClient client, HttpRequest request, Duration timeout) {
        HttpRequest timed = HttpRequest.newBuilder(request, (n, v) -> true).timeout(timeout).build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> r = client.send(timed, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            maxMillis.accumulateAndGet(ms, Math::max);
            statusCounts.computeIfAbsent(Integer.toString(r.statusCode()), k -> new LongAdder()).increment();
            ok.increment();
        } catch (HttpTimeoutException e) {
            stalls.increment();
            String path = request.uri().getPath();
            stallsByPath.computeIfAbsent(request.method() + " " + path, k -> new LongAdder()).increment();
            stall(request, e);
        } catch (IOException e) {
            failed.increment();
            statusCounts.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stall(HttpRequest request, HttpTimeoutException e) {
        int n = dumps.incrementAndGet();
        String head = Instant.now() + " STALL " + n + ": " + request.method() + " " + request.uri() + " (" + e + ")";
        log(head);
        if (n > intOpt("max-dumps", 5)) {
            return;
        }
        StringBuilder text = new StringBuilder(head).append('\n');
        text.append("\n--- loopback sockets of port ").append(port).append(" (ss -tnoi) ---\n");
        text.append(command(List.of("ss", "-tnoi", "( sport = :" + port + " or dport = :" + port + " )")));
        if (pid > 0) {
            text.append("\n--- jcmd ").append(pid).append(" Thread.print ---\n");
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            text.append(command(List.of(jcmd, Long.toString(pid), "Thread.print", "-l")));
        }
        try {
            Files.writeString(out.resolve("stall-" + n + ".txt"), text);
        } catch (IOException io) {
            log("cannot write the stall report: " + io);
        }
    }

    static String command(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return text;
        } catch (IOException | InterruptedException e) {
            return "(" + String.join(" ", cmd) + " failed: " + e + ")\n";
        }
    }

    static synchronized void log(String line) {
        System.out.println(Instant.now() + " " + line);
    }
}

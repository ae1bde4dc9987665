import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark, one run: extraction against grep on the same text, then per scale a fresh
 * embedded store, bulk ingest through HTTP, series latency next to the ClickHouse time from
 * Server-Timing, wrk at 16 connections, and the backend's peak RSS. Prints a table, writes JSON to
 * bench/results/ and the table to docs/performance.md. Only loopback traffic; every loop is bounded.
 *
 * usage: java bench/src/Bench.java SCALES (e.g. 1000,10000,100000)   (run through bench/run.sh)
 */
public class Bench {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path WORK = ROOT.resolve("bench/work");
    static final int WARM_UP = 600;
    static final Path JAR = ROOT.resolve("backend/target/themescope.jar");
    static final Path TAXONOMY = ROOT.resolve("backend/src/main/resources/themes/default.yaml");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The extract path as users run it: the launcher, which adds the build's AOT cache. */
    static final String LAUNCHER = ROOT.resolve("scripts/themescope").toString();
    static final Map<String, String> ONE_THREAD = Map.of("JAVA_HOME", System.getProperty("java.home"),
            "JAVA_OPTS", "-XX:ActiveProcessorCount=1");
    static final int PORT = 18700;
    static final String[][] THEME_SETS = {
            {"arms-race", "major-power-rivalry", "resilience"}, {"maritime-security", "south-china-sea", "unity"},
            {"terrorism", "transnational-crime", "hadr"}, {"cybersecurity", "climate-change", "pandemic-and-health"},
            {"natural-disasters", "defence-cooperation", "capacity-building"},
            {"asean-centrality", "rules-based-order", "confidence-building"}};

    public static void main(String[] args) throws Exception {
        List<Integer> scales = Arrays.stream((args.length > 0 ? args[0] : "1000,10000,100000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        Files.createDirectories(WORK);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("startedAt", Instant.now().toString());
        result.put("machine", machine());
        result.put("extraction", extraction());
        List<Map<String, Object>> perScale = new ArrayList<>();
        for (int n : scales) {
            perScale.add(scale(n));
        }
        result.put("scales", perScale);
        String json = Json.write(result);
        Path results = ROOT.resolve("bench/results");
        Files.createDirectories(results);
        Path file = results.resolve(Instant.now().toString().replace(':', '-').replaceAll("\\.\\d+Z$", "Z") + ".json");
        Files.writeString(file, json + "\n");
        String table = Table.markdown(result, ROOT.relativize(file).toString());
        System.out.println(table);
        Table.updatePerformanceDoc(ROOT.resolve("docs/performance.md"), table);
    }

    // ---------------------------------------------------------------- 1. extraction vs grep

    static Map<String, Object> extraction() throws Exception {
        Path dir = WORK.resolve("extract");
        generate(dir, 32000, 1000);
        Path text = dir.resolve("corpus.txt");
        double mb = Files.size(text) / 1e6;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("textMB", round(mb));
        out.put("terms", Files.readAllLines(dir.resolve("terms.txt")).size());
        double grepC = best(3, () -> run(List.of("grep", "-o", "-i", "-w", "-F", "-f", dir.resolve("terms.txt").toString(),
                text.toString()), Map.of("LC_ALL", "C")));
        Path sample = dir.resolve("sample-20mb.txt");
        try (InputStream in = Files.newInputStream(text)) {
            Files.write(sample, in.readNBytes(20_000_000));
        }
        double grepUtf8 = best(1, () -> run(List.of("grep", "-o", "-i", "-w", "-F", "-f",
                dir.resolve("terms.txt").toString(), sample.toString()), Map.of("LC_ALL", "C.UTF-8")));
        double extractCounts = best(3, () -> run(List.of(LAUNCHER, "extract", "--counts", text.toString()), ONE_THREAD));
        double extractFull = best(3, () -> run(List.of(LAUNCHER, "extract", text.toString()), ONE_THREAD));
        double startup = best(3, () -> run(List.of(LAUNCHER, "extract", "--counts", dir.resolve("terms.txt").toString()), ONE_THREAD));
        out.put("grepMBps", round(mb / grepC));
        out.put("grepUtf8LocaleMBps", round(20.0 / grepUtf8));
        out.put("extractCountsMBps", round(mb / extractCounts));
        out.put("extractMentionsMBps", round(mb / extractFull));
        out.put("extractJvmStartupSeconds", round(startup));
        out.put("extractCountsMBpsWithoutStartup", round(mb / Math.max(0.001, extractCounts - startup)));
        out.put("ratioToGrep", round((mb / extractCounts) / (mb / grepC)));
        return out;
    }

    // ---------------------------------------------------------------- 2–4. per scale

    static Map<String, Object> scale(int documents) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents);
        Path dir = WORK.resolve("scale-" + documents);
        generate(dir, documents, 1000);
        Path ndjson = dir.resolve("corpus.ndjson");
        double mb = Files.size(dir.resolve("corpus.txt")) / 1e6;
        out.put("textMB", round(mb));
        double extractAlone = best(1, () -> run(List.of(LAUNCHER, "extract", "--counts",
                dir.resolve("corpus.txt").toString()), ONE_THREAD));

        Path data = dir.resolve("data");
        deleteTree(data);
        Process backend = new ProcessBuilder(JAVA, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString(),
                "--server.port=" + PORT, "--themescope.clickhouse.embedded.data-dir=" + data,
                "--themescope.demo.enabled=false", "--themescope.rate-limit.enabled=false", "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("backend.log").toFile()).start();
        try {
            // HTTP/1.1, as the backend speaks it: the default HTTP/2 client asks for an h2c upgrade first
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            waitHealthy(http, backend);
            long t0 = System.nanoTime();
            HttpResponse<String> ingest = http.send(HttpRequest.newBuilder(uri("/api/v1/documents/bulk"))
                    .timeout(Duration.ofMinutes(60))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            if (ingest.statusCode() != 200 || !ingest.body().contains("\"accepted\":" + documents)) {
                throw new IllegalStateException("bulk ingest failed: " + ingest.statusCode() + " " + ingest.body());
            }
            out.put("ingestSeconds", round(ingestSeconds));
            out.put("ingestDocsPerSecond", round(documents / ingestSeconds));
            out.put("ingestMBps", round(mb / ingestSeconds));
            out.put("extractAloneMBps", round(mb / extractAlone));
            out.put("ingestToExtractRatio", round((mb / ingestSeconds) / (mb / extractAlone)));

            List<String> urls = seriesUrls();
            List<Double> total = new ArrayList<>();
            List<Double> db = new ArrayList<>();
            try (KeepAliveClient client = new KeepAliveClient("127.0.0.1", PORT)) {
                // a running server is warm: the JIT has compiled the request path long before anyone measures
                for (int i = 0; i < WARM_UP; i++) {
                    fresh(client, urls.get(i % urls.size()));
                }
                for (int i = 0; i < 240; i++) {
                    long s = System.nanoTime();
                    KeepAliveClient.Response r = fresh(client, urls.get(i % urls.size()));
                    total.add((System.nanoTime() - s) / 1e6);
                    db.add(serverTiming(r.header("Server-Timing"), "db"));
                }
            }
            double p50 = pct(total, 50);
            double db50 = pct(db, 50);
            out.put("seriesRequests", total.size());
            out.put("seriesP50ms", round(p50));
            out.put("seriesP95ms", round(pct(total, 95)));
            out.put("seriesP99ms", round(pct(total, 99)));
            out.put("clickhouseP50ms", round(db50));
            out.put("clickhouseP95ms", round(pct(db, 95)));
            out.put("clickhouseP99ms", round(pct(db, 99)));
            out.put("httpToClickhouseRatioP50", round(p50 / db50));
            // the same load for a minute first, kept apart: at 16 connections the JIT compiles paths that
            // one request at a time never made hot, and needs about a minute of it to settle (measured at
            // 100,000 documents: 215 requests/s after 20 s of load, 260 after 60 s)
            out.put("wrk16WarmUp", wrk(dir, true, 60));
            out.put("wrk16", wrk(dir, true));
            out.put("wrk16Cached", wrk(dir, false));
            out.put("peakRssMB", round(peakRssKb(backend.pid()) / 1024.0));
        } finally {
            backend.destroy();
            if (!backend.waitFor(30, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
            }
        }
        return out;
    }

    static List<String> seriesUrls() {
        List<String> urls = new ArrayList<>();
        for (String[] set : THEME_SETS) {
            for (int from = 2006; from <= 2016; from += 2) {
                urls.add("/api/v1/series?theme=" + String.join("&theme=", set) + "&bucket=year&metric=per10k&from=" + from);
            }
        }
        return urls;
    }

    /** 16 connections for 20 s over the rotating URLs; {@code fresh} sends Cache-Control: no-cache. */
    static Map<String, Object> wrk(Path dir, boolean fresh) throws Exception {
        return wrk(dir, fresh, 20);
    }

    static Map<String, Object> wrk(Path dir, boolean fresh, int seconds) throws Exception {
        Path script = dir.resolve("rotate.lua");
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String u : seriesUrls()) {
            lua.append("  \"").append(u).append("\",\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Files.writeString(script, lua);
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency", "-s", script.toString()));
        if (fresh) {
            command.addAll(List.of("-H", "Cache-Control: no-cache"));
        }
        command.add("http://127.0.0.1:" + PORT);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + text);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("connections", 16);
        out.put("seconds", seconds);
        out.put("requestsPerSecond", round(Double.parseDouble(find(text, "Requests/sec:\\s+([\\d.]+)"))));
        out.put("p50ms", round(wrkMillis(find(text, "\\s50%\\s+([\\d.]+\\w+)"))));
        out.put("p99ms", round(wrkMillis(find(text, "\\s99%\\s+([\\d.]+\\w+)"))));
        String errors = find(text, "Non-2xx or 3xx responses:\\s+(\\d+)");
        out.put("non2xx", errors == null ? 0 : Integer.parseInt(errors));
        return out;
    }

    // ---------------------------------------------------------------- helpers

    static void generate(Path dir, int documents, int words) throws Exception {
        if (Files.exists(dir.resolve("corpus.ndjson")) && Files.exists(dir.resolve("done-" + documents))) {
            return;
        }
        CorpusGenerator.main(new String[] {TAXONOMY.toString(), dir.toString(), Integer.toString(documents),
                Integer.toString(words)});
        Files.writeString(dir.resolve("done-" + documents), "");
    }

    interface Timed {
        void run() throws Exception;
    }

    static double best(int times, Timed t) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            t.run();
            best = Math.min(best, (System.nanoTime() - s) / 1e9);
        }
        return best;
    }

    /**
     * Runs a command and reads all it prints (GNU grep stops at the first match when its output is
     * /dev/null, so discarding output would measure nothing).
     */
    static void run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (p.exitValue() > 1) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + command);
        }
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + PORT + path);
    }

    /** A series request answered by ClickHouse, not by the answer cache. */
    static KeepAliveClient.Response fresh(KeepAliveClient client, String path) throws IOException {
        KeepAliveClient.Response r = client.get(path, Map.of("Cache-Control", "no-cache"));
        if (r.status() != 200) {
            throw new IllegalStateException(path + " -> " + r.status() + " " + r.body());
        }
        return r;
    }

    static void waitHealthy(HttpClient http, Process backend) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (!backend.isAlive()) {
                throw new IllegalStateException("backend exited; see its log in bench/work");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("backend did not become healthy in 120 s");
    }

    static double serverTiming(String header, String metric) {
        Matcher m = Pattern.compile(metric + ";dur=([\\d.]+)").matcher(header);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static double pct(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static double wrkMillis(String value) {
        if (value == null) {
            return Double.NaN;
        }
        double n = Double.parseDouble(value.replaceAll("[a-z]+$", ""));
        if (value.endsWith("us")) {
            return n / 1000;
        }
        if (value.endsWith("ms")) {
            return n;
        }
        if (value.endsWith("s")) {
            return n * 1000;
        }
        return n;
    }

    static Map<String, Object> machine() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        m.put("cpuModel", model);
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\D", "");
        m.put("memoryGB", round(Long.parseLong(mem) / 1024.0 / 1024.0));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}

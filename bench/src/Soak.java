import java.io.IOException;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak, one run: a fresh embedded store behind a backend with -Xmx512m, 5,000 synthetic
 * documents preloaded, then for MINUTES a mixed load over loopback from 16 clients (15 readers of
 * analytics and exports, half of them bypassing the answer cache, and one writer posting 50 new
 * documents every 2 s plus 50 re-sent ones every 10 s). Every 10 s it samples the backend's RSS,
 * heap, native memory, threads and open files, and the requests of that window. Prints a table and
 * a verdict on whether memory stayed flat, writes the samples to bench/results/soak-TIME.json and
 * the table to docs/reliability.md. Stops at once, and exits non-zero, on any 5xx or any request
 * without an answer within 30 s. Only loopback traffic; every loop is bounded in time.
 *
 * usage: java -cp bench/src bench/src/Soak.java [MINUTES] [reads-only]   (run through bench/soak.sh)
 * reads-only leaves the writer out (a control: does growth follow the requests or the data?) and
 * does not touch docs/reliability.md.
 */
public class Soak {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path WORK = ROOT.resolve("bench/work/soak");
    static final Path JAR = ROOT.resolve("backend/target/themescope.jar");
    static final Path TAXONOMY = ROOT.resolve("backend/src/main/resources/themes/default.yaml");
    static final Path DOC = ROOT.resolve("docs/reliability.md");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    static final int PORT = 18720;

    static final int PRELOAD_DOCUMENTS = 5000;
    static final int PRELOAD_WORDS = 1000;
    static final int READERS = 15;
    static final int THINK_MS = 100;
    static final int BULK_NEW = 50;
    static final long BULK_EVERY_MS = 2000;
    static final int RESEND_EVERY_BULKS = 5;
    static final int NEW_WORDS = 400;
    static final long SAMPLE_EVERY_MS = 10_000;
    static final long ANSWER_WITHIN_SECONDS = 30;

    /**
     * The bounds of "flat", compared between the middle and the last third of the run (the first
     * third is warm-up). See docs/reliability.md for why these numbers.
     */
    static final double RSS_GROWTH_MB = 32;
    static final double RSS_SLOPE_MB_PER_MIN = 6;
    static final double THREAD_GROWTH = 4;
    static final double THREAD_SLOPE_PER_MIN = 2;
    static final double FD_GROWTH = 16;
    static final double FD_SLOPE_PER_MIN = 8;

    static final String START = "<!-- soak:start -->";
    static final String END = "<!-- soak:end -->";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicReference<String> FATAL = new AtomicReference<>();
    static final Window WINDOW = new Window();
    static final AtomicLong DOCUMENTS = new AtomicLong();
    static final List<String> ERRORS = new ArrayList<>();
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 12;
        boolean readsOnly = args.length > 1 && args[1].equals("reads-only");
        if (args.length > 1 && !readsOnly) {
            throw new IllegalArgumentException("the second argument can only be reads-only, not " + args[1]);
        }
        if (!(minutes > 0) || minutes > 24 * 60) {
            throw new IllegalArgumentException("MINUTES must be between 0 and 1440, not " + args[0]);
        }
        Files.createDirectories(WORK);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("startedAt", Instant.now().toString());
        Map<String, Object> machine = Bench.machine();
        machine.put("loadAverageAtStart", loadAverage());
        result.put("machine", machine);
        result.put("minutes", minutes);
        result.put("mode", readsOnly ? "reads-only" : "mixed");
        result.put("load", loadDescription());
        result.put("bounds", bounds());

        Path corpus = WORK.resolve("corpus");
        Bench.generate(corpus, PRELOAD_DOCUMENTS, PRELOAD_WORDS);
        List<String> preload = Files.readAllLines(corpus.resolve("corpus.ndjson"), StandardCharsets.UTF_8);

        Path data = Files.createTempDirectory(WORK, "data-");
        Path gcLog = WORK.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        Process backend = new ProcessBuilder(JAVA, "-Xmx512m", "-XX:NativeMemoryTracking=summary",
                "-Xlog:gc:file=" + gcLog, "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString(),
                "--server.port=" + PORT, "--themescope.clickhouse.embedded.data-dir=" + data,
                "--themescope.demo.enabled=false", "--themescope.rate-limit.enabled=false", "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("backend.log").toFile()).start();
        long pid = backend.pid();
        List<Map<String, Object>> samples = new ArrayList<>();
        Map<String, Object> histogramStart = null;
        Map<String, Object> histogramEnd = null;
        try {
            long t0 = System.nanoTime();
            waitHealthy(backend);
            result.put("startupSeconds", Bench.round((System.nanoTime() - t0) / 1e9));
            t0 = System.nanoTime();
            HttpResponse<String> ingest = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/documents/bulk"))
                    .timeout(Duration.ofMinutes(30)).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(corpus.resolve("corpus.ndjson"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (ingest.statusCode() != 200 || !ingest.body().contains("\"accepted\":" + PRELOAD_DOCUMENTS + ",")) {
                throw new IllegalStateException("preload failed: " + ingest.statusCode() + " " + ingest.body());
            }
            result.put("preloadSeconds", Bench.round((System.nanoTime() - t0) / 1e9));
            DOCUMENTS.set(PRELOAD_DOCUMENTS);
            List<String> themes = themes();
            System.err.printf(Locale.ROOT, "soak: %d documents preloaded, %d themes; %.1f min of load on pid %d%n",
                    PRELOAD_DOCUMENTS, themes.size(), minutes, pid);

            histogramStart = histogram(pid);
            GcLog gc = new GcLog(gcLog);
            long loadStart = System.nanoTime();
            samples.add(sample(pid, 0, gc, WINDOW.drain()));
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                int id = i;
                clients.add(Thread.ofPlatform().name("reader-" + i).start(() -> reader(id, themes)));
            }
            if (!readsOnly) {
                clients.add(Thread.ofPlatform().name("writer").start(() -> writer(preload)));
            }

            long durationMs = Math.round(minutes * 60_000);
            for (long k = 1; k * SAMPLE_EVERY_MS <= durationMs; k++) {
                long due = loadStart + k * SAMPLE_EVERY_MS * 1_000_000;
                while (System.nanoTime() < due && FATAL.get() == null && backend.isAlive()) {
                    Thread.sleep(Math.min(200, Math.max(1, (due - System.nanoTime()) / 1_000_000)));
                }
                if (!backend.isAlive()) {
                    fail("the backend exited (code " + backend.exitValue() + "); see bench/work/soak/backend.log");
                }
                if (FATAL.get() != null) {
                    break;
                }
                Map<String, Object> s = sample(pid, k * SAMPLE_EVERY_MS / 1000.0, gc, WINDOW.drain());
                samples.add(s);
                System.err.println("soak: " + row(s).strip());
            }
            running = false;
            for (Thread c : clients) {
                c.join(TimeUnit.SECONDS.toMillis(ANSWER_WITHIN_SECONDS + 5));
            }
            if (backend.isAlive()) {
                histogramEnd = histogram(pid);
            }
        } finally {
            running = false;
            backend.destroy();
            if (!backend.waitFor(30, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
            }
            Bench.deleteTree(data);
        }

        machine.put("loadAverageAtEnd", loadAverage());
        result.put("documentsAtEnd", DOCUMENTS.get());
        result.put("samples", samples);
        Map<String, Object> verdict = verdict(samples, minutes);
        if (histogramStart != null && histogramEnd != null) {
            result.put("heapHistogram", histogramDiff(histogramStart, histogramEnd));
        }
        synchronized (ERRORS) {
            result.put("errors", List.copyOf(ERRORS));
        }
        result.put("fatal", FATAL.get());
        result.put("verdict", verdict);

        Path results = ROOT.resolve("bench/results");
        Files.createDirectories(results);
        Path file = results.resolve("soak-" + (readsOnly ? "reads-only-" : "") + Instant.now().toString().replace(':', '-').replaceAll("\\.\\d+Z$", "Z") + ".json");
        Files.writeString(file, Json.write(result) + "\n");
        String table = markdown(result, ROOT.relativize(file).toString());
        System.out.println(table);
        if (!readsOnly) {
            updateDoc(table); // a reads-only run is a control for the mixed one, not the figure of record
        }
        boolean ok = Boolean.TRUE.equals(verdict.get("ok")) && FATAL.get() == null && totalErrors(samples) == 0;
        if (!ok) {
            System.err.println("soak: FAILED" + (FATAL.get() != null ? ": " + FATAL.get() : ""));
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------- load

    /** One reader: analytics and exports one after another, 0–100 ms apart, half with no-cache. */
    static void reader(int id, List<String> themes) {
        SplittableRandom rnd = new SplittableRandom(7919L * (id + 1));
        while (running && FATAL.get() == null) {
            String a = themes.get(rnd.nextInt(themes.size()));
            String b = themes.get(rnd.nextInt(themes.size()));
            if (a.equals(b)) {
                b = themes.get((themes.indexOf(a) + 1) % themes.size());
            }
            int roll = rnd.nextInt(100);
            String kind;
            String path;
            if (roll < 30) {
                kind = "series";
                path = "/api/v1/series?theme=" + a + "&theme=" + b + "&bucket=" + pick(rnd, "year", "year", "quarter", "meeting")
                        + "&metric=" + pick(rnd, "per10k", "mentions", "documents", "share")
                        + (rnd.nextBoolean() ? "&from=" + (2006 + rnd.nextInt(12)) : "");
            } else if (roll < 45) {
                kind = "hosts";
                path = "/api/v1/compare/hosts?theme=" + a + (rnd.nextBoolean() ? "&theme=" + b : "");
            } else if (roll < 60) {
                kind = "cooccurrence";
                path = "/api/v1/cooccurrence?theme=" + a + "&theme=" + b;
            } else if (roll < 75) {
                kind = "mentions";
                path = "/api/v1/mentions?theme=" + a + "&limit=50";
            } else if (roll < 88) {
                kind = "documents";
                path = "/api/v1/documents?limit=20" + (rnd.nextBoolean() ? "&offset=" + rnd.nextInt(2000) : "");
            } else if (roll < 94) {
                kind = "export-mentions";
                path = "/api/v1/export/mentions?theme=" + a + "&format=csv";
            } else {
                kind = "export-series";
                path = "/api/v1/export/series?theme=" + a + "&theme=" + b + "&bucket=year&metric=per10k&format=csv";
            }
            HttpRequest.Builder req = HttpRequest.newBuilder(uri(path)).GET();
            if (rnd.nextBoolean()) {
                req.header("Cache-Control", "no-cache");
            }
            call(req.build(), kind);
            pause(rnd.nextInt(THINK_MS + 1));
        }
    }

    /**
     * The writer: a bulk of 50 new documents every 2 s (each must be accepted), and after every
     * fifth, a bulk of 50 already stored ones, half preloaded and half from this run (each must be
     * recognised as a duplicate).
     */
    static void writer(List<String> preload) {
        SplittableRandom rnd = new SplittableRandom(20261129L);
        List<String> terms;
        try {
            terms = CorpusGenerator.terms(TAXONOMY);
        } catch (IOException e) {
            fail("cannot read the taxonomy: " + e);
            return;
        }
        List<String> sent = new ArrayList<>();
        long next = System.nanoTime();
        int bulks = 0;
        int n = 0;
        while (running && FATAL.get() == null) {
            long wait = (next - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                pause(wait);
                continue;
            }
            // a steady trickle: a bulk that took longer than the period is not made up for with a burst
            next = Math.max(next, System.nanoTime() - BULK_EVERY_MS * 1_000_000) + BULK_EVERY_MS * 1_000_000;
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < BULK_NEW; i++) {
                String line = newDocument(rnd, terms, ++n);
                body.append(line).append('\n');
                sent.add(line);
            }
            if (bulk(body.toString(), "bulk-new", BULK_NEW, 0)) {
                DOCUMENTS.addAndGet(BULK_NEW);
            }
            if (++bulks % RESEND_EVERY_BULKS == 0 && running && FATAL.get() == null) {
                StringBuilder again = new StringBuilder();
                for (int i = 0; i < BULK_NEW; i++) {
                    List<String> from = i % 2 == 0 ? preload : sent;
                    again.append(from.get(rnd.nextInt(from.size()))).append('\n');
                }
                // a line may be picked twice; the bulk report counts each repeat as a duplicate too
                bulk(again.toString(), "bulk-resend", 0, BULK_NEW);
            }
        }
    }

    static boolean bulk(String ndjson, String kind, int accepted, int duplicates) {
        HttpResponse<String> r = call(HttpRequest.newBuilder(uri("/api/v1/documents/bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), kind);
        if (r == null || r.statusCode() != 200) {
            return false;
        }
        String want = "\"accepted\":" + accepted + ",\"duplicates\":" + duplicates + ",";
        if (!r.body().replace(" ", "").contains(want)) {
            error(kind + ": expected " + want + " in " + snippet(r.body()));
            WINDOW.countError();
            return false;
        }
        return true;
    }

    /** A new synthetic document of about 400 words for one of 100 SOAK meetings (fixed date and host per meeting). */
    static String newDocument(SplittableRandom rnd, List<String> terms, int n) {
        int meeting = n % 100;
        int year = 2006 + meeting * 20 / 100;
        String host = CorpusGenerator.HOSTS[meeting % CorpusGenerator.HOSTS.length];
        String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + (meeting * 7) % 12, 1 + (meeting * 13) % 28);
        String text = CorpusGenerator.document(rnd, terms, NEW_WORDS);
        return "{\"title\":\"Soak document " + n + "\",\"kind\":\"" + CorpusGenerator.KINDS[n % CorpusGenerator.KINDS.length]
                + "\",\"synthetic\":true,\"meeting\":{\"series\":\"SOAK\",\"number\":" + (meeting + 1) + ",\"date\":\"" + date
                + "\",\"hostCountry\":\"" + host + "\"},\"text\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    /**
     * Sends one request and waits at most 30 s for the whole answer. A 5xx, no answer in time or a
     * broken connection stops the run; any other non-2xx is counted as an error.
     */
    static HttpResponse<String> call(HttpRequest request, String kind) {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> future = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        String what = request.method() + " " + request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        try {
            HttpResponse<String> r = future.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            double ms = (System.nanoTime() - start) / 1e6;
            int code = r.statusCode();
            boolean bad = code < 200 || code >= 300;
            WINDOW.record(kind, ms, bad);
            if (code >= 500) {
                fail(what + " -> " + code + " " + snippet(r.body()));
            } else if (bad) {
                error(what + " -> " + code + " " + snippet(r.body()));
            }
            return r;
        } catch (TimeoutException e) {
            future.cancel(true);
            WINDOW.record(kind, ANSWER_WITHIN_SECONDS * 1000.0, true);
            fail(what + ": no answer within " + ANSWER_WITHIN_SECONDS + " s");
        } catch (ExecutionException e) {
            WINDOW.record(kind, (System.nanoTime() - start) / 1e6, true);
            if (running) {
                fail(what + ": " + e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** The requests of one sampling window. */
    static final class Window {
        private List<Double> latencies = new ArrayList<>();
        private Map<String, Integer> byKind = new TreeMap<>();
        private int errors;

        synchronized void record(String kind, double ms, boolean error) {
            latencies.add(ms);
            byKind.merge(kind, 1, Integer::sum);
            if (error) {
                errors++;
            }
        }

        synchronized void countError() {
            errors++;
        }

        synchronized Map<String, Object> drain() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("requests", latencies.size());
            out.put("errors", errors);
            out.put("p50ms", latencies.isEmpty() ? null : Bench.round(Bench.pct(latencies, 50)));
            out.put("p99ms", latencies.isEmpty() ? null : Bench.round(Bench.pct(latencies, 99)));
            out.put("maxMs", latencies.isEmpty() ? null : Bench.round(Bench.pct(latencies, 100)));
            out.put("byKind", new LinkedHashMap<>(byKind));
            latencies = new ArrayList<>();
            byKind = new TreeMap<>();
            errors = 0;
            return out;
        }
    }

    static void fail(String message) {
        if (FATAL.compareAndSet(null, message)) {
            System.err.println("soak: FATAL " + message);
        }
        error(message);
    }

    static void error(String message) {
        synchronized (ERRORS) {
            if (ERRORS.size() < 50) {
                ERRORS.add(message);
                System.err.println("soak: error " + message);
            }
        }
    }

    // ---------------------------------------------------------------- sampling

    static Map<String, Object> sample(long pid, double t, GcLog gc, Map<String, Object> window) throws Exception {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("t", t);
        Map<String, Long> status = procStatus(pid);
        double rss = status.getOrDefault("VmRSS", -1L) / 1024.0;
        s.put("rssMB", Bench.round(rss));
        s.put("rssAnonMB", Bench.round(status.getOrDefault("RssAnon", -1L) / 1024.0));
        s.put("rssFileMB", Bench.round(status.getOrDefault("RssFile", -1L) / 1024.0));
        s.put("threads", status.getOrDefault("Threads", -1L));
        long fds;
        try (var list = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds = list.count();
        }
        s.put("fds", fds);
        String jcmd = jcmd(pid, "GC.heap_info", "VM.native_memory summary");
        Matcher heap = Pattern.compile("committed (\\d+)K, used (\\d+)K").matcher(jcmd);
        boolean heapFound = heap.find();
        double heapCommitted = heapFound ? Long.parseLong(heap.group(1)) / 1024.0 : Double.NaN;
        s.put("heapUsedMB", heapFound ? Bench.round(Long.parseLong(heap.group(2)) / 1024.0) : null);
        s.put("heapCommittedMB", heapFound ? Bench.round(heapCommitted) : null);
        Map<String, Object> gcs = gc.since();
        s.put("heapAfterLastGcMB", gcs.get("heapAfterLastGcMB"));
        s.put("gcPauses", gcs.get("pauses"));
        s.put("fullGcs", gcs.get("full"));
        Matcher total = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB").matcher(jcmd);
        if (total.find()) {
            double nmt = Long.parseLong(total.group(2)) / 1024.0;
            // what the JVM itself committed outside the Java heap: metaspace, code, thread stacks,
            // GC structures, direct buffers, JVM mallocs
            s.put("jvmNonHeapMB", Bench.round(nmt - heapCommitted));
            // everything else resident: the embedded engine's own allocations and mapped library
            s.put("outsideJvmMB", Bench.round(rss - nmt));
        }
        Map<String, Object> categories = new LinkedHashMap<>();
        Matcher category = Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)").matcher(jcmd);
        while (category.find()) {
            categories.put(category.group(1).strip(), Bench.round(Long.parseLong(category.group(2)) / 1024.0));
        }
        s.put("nmtCommittedMB", categories);
        s.put("documents", DOCUMENTS.get());
        s.putAll(window);
        return s;
    }

    static Map<String, Long> procStatus(long pid) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String digits = line.substring(colon + 1).replaceAll("\\D", "");
                if (!digits.isEmpty() && digits.length() < 18) {
                    out.put(line.substring(0, colon), Long.parseLong(digits));
                }
            }
        }
        return out;
    }

    static String jcmd(long pid, String... commands) throws Exception {
        Path file = WORK.resolve("jcmd-commands.txt");
        Files.write(file, List.of(commands));
        Process p = new ProcessBuilder(JCMD, Long.toString(pid), "-f", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    /** The G1 pauses logged since the previous call, and the heap after the last of them. */
    static final class GcLog {
        private static final Pattern PAUSE = Pattern.compile("Pause ([A-Za-z]+).*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        private final Path file;
        private long offset;
        private Double lastAfter;

        GcLog(Path file) {
            this.file = file;
        }

        Map<String, Object> since() throws IOException {
            int pauses = 0;
            int full = 0;
            if (Files.exists(file)) {
                byte[] all = Files.readAllBytes(file);
                int end = all.length;
                while (end > offset && all[end - 1] != '\n') {
                    end--;
                }
                String text = new String(all, (int) Math.min(offset, end), (int) (end - Math.min(offset, end)), StandardCharsets.UTF_8);
                offset = end;
                for (String line : text.split("\n")) {
                    Matcher m = PAUSE.matcher(line);
                    if (m.find()) {
                        pauses++;
                        if (m.group(1).equals("Full")) {
                            full++;
                        }
                        lastAfter = Double.valueOf(m.group(3));
                    }
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("pauses", pauses);
            out.put("full", full);
            out.put("heapAfterLastGcMB", lastAfter);
            return out;
        }
    }

    /** jcmd GC.class_histogram (a full GC first): live heap in total and per class. */
    static Map<String, Object> histogram(long pid) throws Exception {
        String text = jcmd(pid, "GC.class_histogram");
        Map<String, Long> bytes = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
        while (row.find()) {
            bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
        }
        Matcher total = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)").matcher(text);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("totalMB", total.find() ? Bench.round(Long.parseLong(total.group(2)) / 1048576.0) : null);
        out.put("bytes", bytes);
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> histogramDiff(Map<String, Object> start, Map<String, Object> end) {
        Map<String, Long> a = (Map<String, Long>) start.get("bytes");
        Map<String, Long> b = (Map<String, Long>) end.get("bytes");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("liveHeapAtStartMB", start.get("totalMB"));
        out.put("liveHeapAtEndMB", end.get("totalMB"));
        List<Map<String, Object>> growers = new ArrayList<>();
        b.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> a.getOrDefault(e.getKey(), 0L) - e.getValue()))
                .limit(10)
                .forEach(e -> {
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("class", e.getKey());
                    g.put("startKB", Bench.round(a.getOrDefault(e.getKey(), 0L) / 1024.0));
                    g.put("endKB", Bench.round(e.getValue() / 1024.0));
                    growers.add(g);
                });
        out.put("largestGrowth", growers);
        return out;
    }

    // ---------------------------------------------------------------- verdict

    /**
     * Flat when, after the first third (warm-up), each of RSS, threads and open files grows by less
     * than its bound between the mean of the middle third and the mean of the last third, and its
     * least-squares slope over the last two thirds stays under its bound per minute.
     */
    static Map<String, Object> verdict(List<Map<String, Object>> samples, double minutes) {
        Map<String, Object> out = new LinkedHashMap<>();
        double span = minutes * 60;
        List<Map<String, Object>> middle = samples.stream().filter(s -> t(s) > span / 3 && t(s) <= 2 * span / 3).toList();
        List<Map<String, Object>> last = samples.stream().filter(s -> t(s) > 2 * span / 3).toList();
        if (middle.size() < 2 || last.size() < 2) {
            out.put("ok", false);
            out.put("reason", "too few samples after warm-up (" + samples.size() + "); run for at least 2 minutes");
            return out;
        }
        List<Map<String, Object>> tail = new ArrayList<>(middle);
        tail.addAll(last);
        Map<String, Object> rss = flat(middle, last, tail, s -> num(s, "rssMB"), RSS_GROWTH_MB, RSS_SLOPE_MB_PER_MIN);
        Map<String, Object> threads = flat(middle, last, tail, s -> num(s, "threads"), THREAD_GROWTH, THREAD_SLOPE_PER_MIN);
        Map<String, Object> fds = flat(middle, last, tail, s -> num(s, "fds"), FD_GROWTH, FD_SLOPE_PER_MIN);
        out.put("ok", (boolean) rss.get("ok") && (boolean) threads.get("ok") && (boolean) fds.get("ok"));
        out.put("rssMB", rss);
        out.put("threads", threads);
        out.put("fds", fds);
        // for reading, not judged: where RSS went
        out.put("heapCommittedMB", flat(middle, last, tail, s -> num(s, "heapCommittedMB"), Double.NaN, Double.NaN));
        out.put("heapAfterLastGcMB", flat(middle, last, tail, s -> num(s, "heapAfterLastGcMB"), Double.NaN, Double.NaN));
        out.put("jvmNonHeapMB", flat(middle, last, tail, s -> num(s, "jvmNonHeapMB"), Double.NaN, Double.NaN));
        out.put("outsideJvmMB", flat(middle, last, tail, s -> num(s, "outsideJvmMB"), Double.NaN, Double.NaN));
        out.put("rssFileMB", flat(middle, last, tail, s -> num(s, "rssFileMB"), Double.NaN, Double.NaN));
        Map<String, Object> nmt = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> names = (Map<String, Object>) samples.getLast().getOrDefault("nmtCommittedMB", Map.of());
        names.keySet().stream()
                .map(k -> Map.entry(k, flat(middle, last, tail, s -> nmt(s, k), Double.NaN, Double.NaN)))
                .sorted(Comparator.comparingDouble(e -> -num(e.getValue(), "growth")))
                .forEach(e -> nmt.put(e.getKey(), e.getValue()));
        out.put("nmtCommittedMB", nmt);
        // how small a leak the slope bound would have caught at this run's rates
        double tailMinutes = (t(tail.getLast()) - t(tail.getFirst()) + SAMPLE_EVERY_MS / 1000.0) / 60;
        double requests = tail.stream().mapToDouble(s -> num(s, "requests")).sum();
        double documents = num(tail.getLast(), "documents") - num(samples.get(samples.indexOf(tail.getFirst()) - 1), "documents");
        out.put("requestsPerMinute", Bench.round(requests / tailMinutes));
        out.put("newDocumentsPerMinute", Bench.round(documents / tailMinutes));
        out.put("detectableLeakKBPerRequest", Bench.round(RSS_SLOPE_MB_PER_MIN * 1024 / (requests / tailMinutes)));
        out.put("detectableLeakKBPerDocument", documents > 0 ? Bench.round(RSS_SLOPE_MB_PER_MIN * 1024 / (documents / tailMinutes)) : null);
        return out;
    }

    static Map<String, Object> flat(List<Map<String, Object>> middle, List<Map<String, Object>> last,
                                    List<Map<String, Object>> tail, ToDoubleFunction<Map<String, Object>> f,
                                    double maxGrowth, double maxSlope) {
        double a = middle.stream().mapToDouble(f).average().orElse(Double.NaN);
        double b = last.stream().mapToDouble(f).average().orElse(Double.NaN);
        double mt = tail.stream().mapToDouble(s -> t(s) / 60).average().orElse(0);
        double mv = tail.stream().mapToDouble(f).average().orElse(0);
        double cov = 0;
        double var = 0;
        for (Map<String, Object> s : tail) {
            double dt = t(s) / 60 - mt;
            cov += dt * (f.applyAsDouble(s) - mv);
            var += dt * dt;
        }
        double slope = var == 0 ? Double.NaN : cov / var;
        double residuals = 0;
        for (Map<String, Object> s : tail) {
            double e = f.applyAsDouble(s) - (mv + slope * (t(s) / 60 - mt));
            residuals += e * e;
        }
        double stdErr = tail.size() > 2 && var > 0 ? Math.sqrt(residuals / (tail.size() - 2) / var) : Double.NaN;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("middleMean", Bench.round(a));
        out.put("lastMean", Bench.round(b));
        out.put("growth", Bench.round(b - a));
        out.put("slopePerMinute", Bench.round(slope));
        out.put("slopeStdErr", Bench.round(stdErr));
        if (!Double.isNaN(maxGrowth)) {
            out.put("maxGrowth", maxGrowth);
            out.put("maxSlopePerMinute", maxSlope);
            out.put("ok", b - a < maxGrowth && slope < maxSlope);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static double nmt(Map<String, Object> sample, String category) {
        Object m = sample.get("nmtCommittedMB");
        return m instanceof Map<?, ?> map ? num((Map<String, Object>) map, category) : Double.NaN;
    }

    static double t(Map<String, Object> s) {
        return num(s, "t");
    }

    static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static int totalErrors(List<Map<String, Object>> samples) {
        return (int) samples.stream().mapToDouble(s -> num(s, "errors")).sum();
    }

    // ---------------------------------------------------------------- report

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r, String file) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> m = (Map<String, Object>) r.get("machine");
        List<Map<String, Object>> samples = (List<Map<String, Object>>) r.get("samples");
        Map<String, Object> v = (Map<String, Object>) r.get("verdict");
        sb.append("Run ").append(r.get("startedAt")).append(", ").append(fmt(num(r, "minutes"))).append(" min of load").append("reads-only".equals(r.get("mode")) ? " (reads only, no ingest)" : "").append(", on ")
                .append(m.get("cpus")).append(" CPUs (").append(m.get("cpuModel")).append("), ").append(m.get("memoryGB"))
                .append(" GB, ").append(m.get("java")).append("; load average ").append(m.get("loadAverageAtStart"))
                .append(" at the start, ").append(m.get("loadAverageAtEnd")).append(" at the end. Backend `-Xmx512m`, ")
                .append("started in ").append(r.get("startupSeconds")).append(" s, ").append(PRELOAD_DOCUMENTS)
                .append(" documents preloaded in ").append(r.get("preloadSeconds")).append(" s, ").append(r.get("documentsAtEnd"))
                .append(" stored at the end. Raw samples: `").append(file).append("`.\n\n");
        long requests = Math.round(samples.stream().mapToDouble(s -> num(s, "requests")).sum());
        Map<String, Integer> kinds = new TreeMap<>();
        for (Map<String, Object> s : samples) {
            ((Map<String, Integer>) s.get("byKind")).forEach((k, n) -> kinds.merge(k, n, Integer::sum));
        }
        sb.append(String.format(Locale.ROOT, "%,d requests: ", requests));
        sb.append(String.join(", ", kinds.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).toList()));
        sb.append(String.format(Locale.ROOT, "; %d errors.%n%n", totalErrors(samples)));
        sb.append("| t s | RSS MB | anon / file MB | heap used / after last GC / committed MB | JVM non-heap MB | outside JVM MB | threads | fds | documents | requests | errors | p99 ms |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> s : samples) {
            sb.append(row(s));
        }
        sb.append('\n');
        if (r.get("fatal") != null) {
            sb.append("**Verdict: FAILED** — ").append(r.get("fatal")).append("\n\n");
        }
        if (v.containsKey("reason")) {
            sb.append("**Verdict: none** — ").append(v.get("reason")).append("\n");
            return sb.toString();
        }
        boolean ok = Boolean.TRUE.equals(v.get("ok"));
        sb.append(ok ? "**Verdict: memory flat ✅**" : "**Verdict: NOT flat ❌**")
                .append(" (first third warm-up; middle third against last third, least-squares slope over both)\n\n");
        sb.append(line("RSS", "MB", (Map<String, Object>) v.get("rssMB")));
        sb.append(line("threads", "", (Map<String, Object>) v.get("threads")));
        sb.append(line("open files", "", (Map<String, Object>) v.get("fds")));
        sb.append("- not judged, where RSS sits: ");
        List<String> parts = new ArrayList<>();
        for (String[] k : new String[][] {{"heapCommittedMB", "heap committed"}, {"heapAfterLastGcMB", "heap after last GC"},
                {"jvmNonHeapMB", "JVM non-heap"}, {"outsideJvmMB", "outside the JVM (engine)"}, {"rssFileMB", "file-backed"}}) {
            Map<String, Object> x = (Map<String, Object>) v.get(k[0]);
            parts.add(String.format(Locale.ROOT, "%s %s → %s MB (%s MB/min)", k[1], fmt(num(x, "middleMean")),
                    fmt(num(x, "lastMean")), signed(num(x, "slopePerMinute"))));
        }
        sb.append(String.join("; ", parts)).append('\n');
        Map<String, Object> nmt = (Map<String, Object>) v.get("nmtCommittedMB");
        if (nmt != null && !nmt.isEmpty()) {
            sb.append("- not judged, JVM native memory (NMT committed) that moved most: ");
            List<String> n = new ArrayList<>();
            nmt.entrySet().stream().limit(4).forEach(e -> {
                Map<String, Object> x = (Map<String, Object>) e.getValue();
                n.add(String.format(Locale.ROOT, "%s %s → %s MB", e.getKey(), fmt(num(x, "middleMean")), fmt(num(x, "lastMean"))));
            });
            sb.append(String.join(", ", n)).append('\n');
        }
        Map<String, Object> h = (Map<String, Object>) r.get("heapHistogram");
        if (h != null) {
            sb.append("- live heap after a full GC (`GC.class_histogram`): ").append(h.get("liveHeapAtStartMB"))
                    .append(" MB when the load started, ").append(h.get("liveHeapAtEndMB")).append(" MB when it stopped; most growth: ");
            List<String> g = new ArrayList<>();
            for (Map<String, Object> x : ((List<Map<String, Object>>) h.get("largestGrowth")).stream().limit(3).toList()) {
                g.add(String.format(Locale.ROOT, "`%s` %s → %s KB", x.get("class"), fmt(num(x, "startKB")), fmt(num(x, "endKB"))));
            }
            sb.append(String.join(", ", g)).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "- sensitivity: at %s requests and %s new documents a minute, the RSS slope bound "
                        + "would catch a leak of %s KB per request or %s KB per stored document%n",
                fmt(num(v, "requestsPerMinute")), fmt(num(v, "newDocumentsPerMinute")),
                fmt(num(v, "detectableLeakKBPerRequest")), fmt(num(v, "detectableLeakKBPerDocument"))));
        return sb.toString();
    }

    static String row(Map<String, Object> s) {
        return String.format(Locale.ROOT, "| %s | %s | %s / %s | %s / %s / %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                fmt(num(s, "t")), fmt(num(s, "rssMB")), fmt(num(s, "rssAnonMB")), fmt(num(s, "rssFileMB")),
                fmt(num(s, "heapUsedMB")), fmt(num(s, "heapAfterLastGcMB")), fmt(num(s, "heapCommittedMB")),
                fmt(num(s, "jvmNonHeapMB")), fmt(num(s, "outsideJvmMB")), fmt(num(s, "threads")), fmt(num(s, "fds")),
                fmt(num(s, "documents")), fmt(num(s, "requests")), fmt(num(s, "errors")), fmt(num(s, "p99ms")));
    }

    static String line(String what, String unit, Map<String, Object> x) {
        String u = unit.isEmpty() ? "" : " " + unit;
        return String.format(Locale.ROOT, "- %s: %s → %s%s (%s, bound < %s) %s; slope %s ± %s%s/min (bound < %s) %s%n", what,
                fmt(num(x, "middleMean")), fmt(num(x, "lastMean")), u, signed(num(x, "growth")), fmt(num(x, "maxGrowth")),
                num(x, "growth") < num(x, "maxGrowth") ? "✅" : "❌", signed(num(x, "slopePerMinute")), fmt(num(x, "slopeStdErr")), u,
                fmt(num(x, "maxSlopePerMinute")), num(x, "slopePerMinute") < num(x, "maxSlopePerMinute") ? "✅" : "❌");
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String signed(double v) {
        return (v >= 0 ? "+" : "") + fmt(v);
    }

    /** Replaces the part of docs/reliability.md between the soak markers with the new table. */
    static void updateDoc(String table) throws IOException {
        Table.replaceBetweenMarkers(DOC, START, END, "# Reliability\n\n## Soak\n\n", table);
    }

    // ---------------------------------------------------------------- helpers

    static Map<String, Object> loadDescription() {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("preloadDocuments", PRELOAD_DOCUMENTS);
        l.put("preloadWordsPerDocument", PRELOAD_WORDS);
        l.put("readers", READERS);
        l.put("readerPauseMs", "0-" + THINK_MS);
        l.put("readerMixPercent", Map.of("series", 30, "hosts", 15, "cooccurrence", 15, "mentions", 15, "documents", 13,
                "export-mentions", 6, "export-series", 6));
        l.put("readerNoCacheShare", 0.5);
        l.put("writers", 1);
        l.put("newDocumentsPerBulk", BULK_NEW);
        l.put("bulkEveryMs", BULK_EVERY_MS);
        l.put("newWordsPerDocument", NEW_WORDS);
        l.put("resentDocumentsEveryBulks", RESEND_EVERY_BULKS);
        l.put("sampleEverySeconds", SAMPLE_EVERY_MS / 1000);
        l.put("answerWithinSeconds", ANSWER_WITHIN_SECONDS);
        l.put("backendFlags", "-Xmx512m -XX:NativeMemoryTracking=summary -Xlog:gc");
        return l;
    }

    static Map<String, Object> bounds() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("rssGrowthMB", RSS_GROWTH_MB);
        b.put("rssSlopeMBPerMinute", RSS_SLOPE_MB_PER_MIN);
        b.put("threadGrowth", THREAD_GROWTH);
        b.put("threadSlopePerMinute", THREAD_SLOPE_PER_MIN);
        b.put("fdGrowth", FD_GROWTH);
        b.put("fdSlopePerMinute", FD_SLOPE_PER_MIN);
        return b;
    }

    static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
        return f[0] + " / " + f[1] + " / " + f[2];
    }

    static List<String> themes() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/themes")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":\"([a-z0-9-]+)\",\"label\"").matcher(r.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (r.statusCode() != 200 || ids.size() < 2) {
            throw new IllegalStateException("GET /api/v1/themes -> " + r.statusCode() + " " + snippet(r.body()));
        }
        return ids;
    }

    static void waitHealthy(Process backend) throws Exception {
        for (int i = 0; i < 480; i++) {
            if (!backend.isAlive()) {
                throw new IllegalStateException("backend exited; see bench/work/soak/backend.log");
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("backend did not become healthy in 240 s");
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + PORT + path);
    }

    static String pick(SplittableRandom rnd, String... values) {
        return values[rnd.nextInt(values.length)];
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String snippet(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}

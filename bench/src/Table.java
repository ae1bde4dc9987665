import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a benchmark result into the markdown table printed at the end of a run and kept in
 * docs/performance.md, with each floor from the performance goals checked next to its figure.
 */
final class Table {

    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";

    private Table() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r, String file) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> m = (Map<String, Object>) r.get("machine");
        sb.append("Run ").append(r.get("startedAt")).append(" on ").append(m.get("cpus")).append(" CPUs (")
                .append(m.get("cpuModel")).append("), ").append(m.get("memoryGB")).append(" GB, ").append(m.get("java"))
                .append(". Raw numbers: `").append(file).append("`.\n\n");
        Map<String, Object> x = (Map<String, Object>) r.get("extraction");
        double ratio = num(x, "ratioToGrep");
        sb.append("**1. Extraction, one thread** (").append(x.get("textMB")).append(" MB of prose-like text, ")
                .append(x.get("terms")).append(" taxonomy terms)\n\n");
        sb.append("| what | MB/s |\n|---|---|\n");
        sb.append("| `extract --counts` (whole command, JVM start included) | ").append(x.get("extractCountsMBps")).append(" |\n");
        sb.append("| `extract --counts` without JVM start (").append(x.get("extractJvmStartupSeconds")).append(" s) | ")
                .append(x.get("extractCountsMBpsWithoutStartup")).append(" |\n");
        sb.append("| `extract` with every mention and sentence as JSON | ").append(x.get("extractMentionsMBps")).append(" |\n");
        sb.append("| `grep -o -i -w -F -f terms` (LC_ALL=C) | ").append(x.get("grepMBps")).append(" |\n");
        sb.append("| same grep in the UTF-8 locale (first 20 MB) | ").append(x.get("grepUtf8LocaleMBps")).append(" |\n");
        sb.append("| ratio extract / grep (C locale) | ").append(x.get("ratioToGrep")).append(" ")
                .append(check(ratio >= 1.0, "floor ≥ 1.0")).append(" |\n\n");

        List<Map<String, Object>> scales = (List<Map<String, Object>>) r.get("scales");
        sb.append("**2–4. Per corpus size** (documents of about 1,000 words, fresh embedded store each)\n\n");
        sb.append("| documents | text MB | ingest docs/s | ingest MB/s | ingest ÷ extraction | series p50 / p95 / p99 ms | ClickHouse p50 / p95 / p99 ms | p50 ÷ ClickHouse | 16 conn req/s, p99 ms (fresh, first minute) | 16 conn req/s, p99 ms (fresh, sustained) | 16 conn req/s, p99 ms (cache on) | peak RSS MB |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> s : scales) {
            Map<String, Object> w = (Map<String, Object>) s.get("wrk16");
            Map<String, Object> c = (Map<String, Object>) s.get("wrk16Cached");
            Map<String, Object> first = (Map<String, Object>) s.getOrDefault("wrk16WarmUp", Map.of());
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s / %s / %s | %s / %s / %s | %s | %s, %s | %s, %s | %s, %s | %s |%n",
                    s.get("documents"), s.get("textMB"), s.get("ingestDocsPerSecond"), s.get("ingestMBps"),
                    s.get("ingestToExtractRatio"), s.get("seriesP50ms"), s.get("seriesP95ms"), s.get("seriesP99ms"),
                    s.get("clickhouseP50ms"), s.get("clickhouseP95ms"), s.get("clickhouseP99ms"),
                    s.get("httpToClickhouseRatioP50"), first.getOrDefault("requestsPerSecond", "–"),
                    first.getOrDefault("p99ms", "–"), w.get("requestsPerSecond"), w.get("p99ms"),
                    c.get("requestsPerSecond"), c.get("p99ms"), s.get("peakRssMB")));
        }
        sb.append("\n**Floors**\n\n");
        Map<String, Object> small = scales.getFirst();
        Map<String, Object> large = scales.getLast();
        sb.append("- extraction ≥ 1.0 × grep: ").append(ratio).append(" ").append(check(ratio >= 1.0, "")).append("\n");
        sb.append("- ingest ≥ 1,000 documents/s at ").append(large.get("documents")).append(" documents: ")
                .append(large.get("ingestDocsPerSecond")).append(" ").append(check(num(large, "ingestDocsPerSecond") >= 1000, ""))
                .append("\n");
        double rss = scales.stream().mapToDouble(s -> num(s, "peakRssMB")).max().orElse(0);
        sb.append("- peak RSS ≤ 1,536 MB (engine included): ").append(rss).append(" ").append(check(rss <= 1536, "")).append("\n");
        for (Map<String, Object> s : scales) {
            double limit = 1.25 * num(s, "clickhouseP50ms") + 2;
            sb.append("- series p50 ≤ 1.25 × ClickHouse + 2 ms at ").append(s.get("documents")).append(": ")
                    .append(s.get("seriesP50ms")).append(" ≤ ").append(Math.round(limit * 100) / 100.0).append(" ")
                    .append(check(num(s, "seriesP50ms") <= limit, "")).append("\n");
        }
        Map<String, Object> w = (Map<String, Object>) large.get("wrk16");
        sb.append("- p99 at 16 connections ≤ 100 ms at ").append(large.get("documents")).append(", every request answered by ClickHouse, sustained: ")
                .append(w.get("p99ms")).append(" ").append(check(num(w, "p99ms") <= 100, "")).append("\n");
        double growth = num(large, "seriesP50ms") / num(small, "seriesP50ms");
        sb.append("- series p50 at ").append(large.get("documents")).append(" ≤ 2 × at ").append(small.get("documents"))
                .append(": ×").append(Math.round(growth * 100) / 100.0).append(" ").append(check(growth <= 2, "")).append("\n");
        return sb.toString();
    }

    static String check(boolean ok, String label) {
        return (ok ? "✅" : "❌") + (label.isEmpty() ? "" : " " + label);
    }

    static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Replaces the part of docs/performance.md between the bench markers with the new table. */
    static void updatePerformanceDoc(Path doc, String table) throws IOException {
        replaceBetweenMarkers(doc, START, END, "", table);
    }

    /**
     * Puts {@code table} between the {@code start} and {@code end} markers of {@code doc}; a file or
     * markers that are missing are created ({@code heading} opens a new file).
     */
    static void replaceBetweenMarkers(Path doc, String start, String end, String heading, String table) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc) : heading + start + "\n" + end + "\n";
        int s = text.indexOf(start);
        int e = text.indexOf(end);
        if (s < 0 || e < s) {
            text = text + "\n" + start + "\n" + end + "\n";
            s = text.indexOf(start);
            e = text.indexOf(end);
        }
        Files.writeString(doc, text.substring(0, s + start.length()) + "\n" + table + "\n" + text.substring(e));
    }
}

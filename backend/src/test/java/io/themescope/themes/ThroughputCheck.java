package io.themescope.themes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Manual throughput check, not a unit test: generates a document-like corpus (wrapped lines,
 * paragraphs, abbreviations, one taxonomy term every few sentences) unless it exists, writes the
 * taxonomy terms one per line for comparing with grep, then times the extractor single-threaded,
 * by wall clock and by the thread's CPU time (the fairer figure on a shared machine).
 * Run: java -cp target/test-classes:target/classes:... io.themescope.themes.ThroughputCheck corpus.txt 200
 */
public final class ThroughputCheck {

    private static final String[] FILLER = (
        "the ministers of defence met in to discuss and welcomed noted with appreciation progress of work "
        + "regional security architecture cooperation among member states dialogue partners including through "
        + "ADMM ADMM-Plus experts working group meeting held on under chairmanship Lao PDR Viet Nam Malaysia "
        + "Indonesia Philippines Thailand Singapore Brunei Darussalam Cambodia Myanmar Japan Australia India "
        + "reaffirmed commitment further strengthen enhance promote maintain peace stability prosperity region "
        + "importance continued efforts address common challenges share information best practices their own "
        + "exercise table plan concept paper terms reference adopted endorsed joint declaration statement "
        + "recognising need for building upon achievements over past years also looked forward next year's "
        + "it is with these that we our they will would should could may must shall has have been being a an"
    ).split(" ");

    private static final String[] TERMS = {
        "arms race", "major power rivalry", "geopolitical shifts", "South China Sea", "maritime security",
        "non-traditional security threats", "terrorism", "transnational crime", "natural disasters", "HADR",
        "cybersecurity", "COVID-19 pandemic", "climate change", "resilience", "ASEAN unity", "ASEAN centrality",
        "rules-based order", "international law", "defence cooperation", "peacekeeping operations",
        "confidence-building measures", "capacity building", "freedom of navigation and overflight",
        "humanitarian assistance and disaster relief", "ASEAN's unity and centrality",
        "traditional and non-traditional security challenges", "geo-political and geo-strategic changes",
    };

    private ThroughputCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus.txt");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        MentionExtractor extractor = MentionExtractor.of(TaxonomyLoader.loadDefault());
        if (!Files.exists(corpus)) {
            generate(corpus, megabytes * 1_000_000L);
        }
        writeTerms(extractor.taxonomy(), corpus.resolveSibling("terms.txt"));
        long bytes = Files.size(corpus);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Tally tally;
            try (Reader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                tally = extractor.extractCounts(in);
            }
            report("counts only", bytes, start, cpu, tally.counts().values().stream().mapToLong(Long::longValue).sum());
            start = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            long[] mentions = new long[1];
            try (Reader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                extractor.extract(in, m -> mentions[0]++);
            }
            report("with mentions", bytes, start, cpu, mentions[0]);
        }
    }

    private static void report(String mode, long bytes, long startNanos, long startCpuNanos, long mentions) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpuNanos) / 1e9;
        System.out.printf("%-14s %7.1f MB/s wall, %7.1f MB/s per CPU-second  (%d bytes, %.2f s, %d mentions)%n",
            mode, bytes / 1e6 / seconds, bytes / 1e6 / cpuSeconds, bytes, seconds, mentions);
    }

    private static void writeTerms(Taxonomy taxonomy, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Theme theme : taxonomy.themes()) {
                for (String term : theme.terms()) {
                    out.write(term);
                    out.newLine();
                }
            }
        }
    }

    private static void generate(Path file, long size) throws IOException {
        Random random = new Random(42);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            while (written < size) {
                int words = 12 + random.nextInt(25);
                for (int w = 0; w < words; w++) {
                    String word = random.nextInt(40) == 0 ? TERMS[random.nextInt(TERMS.length)]
                        : random.nextInt(60) == 0 ? "U.S." : random.nextInt(80) == 0 ? "No. " + random.nextInt(99)
                        : FILLER[random.nextInt(FILLER.length)];
                    if (w == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    if (line.length() + word.length() > 80) {
                        out.write(line.toString().stripTrailing());
                        out.write('\n');
                        written += line.length() + 1;
                        line.setLength(0);
                    }
                    line.append(word).append(w == words - 1 ? ". " : random.nextInt(12) == 0 ? ", " : " ");
                }
                if (random.nextInt(8) == 0) {
                    out.write(line.toString().stripTrailing());
                    out.write("\n\n");
                    written += line.length() + 2;
                    line.setLength(0);
                }
            }
        }
    }
}

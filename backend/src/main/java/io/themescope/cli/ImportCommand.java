package io.themescope.cli;

import io.themescope.ThemeScopeApplication;
import io.themescope.convert.Conversion;
import io.themescope.ingest.BulkReport;
import io.themescope.ingest.DocumentRequestParser;
import io.themescope.ingest.FileDocuments;
import io.themescope.ingest.IngestService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code import [--manifest FILES.csv] PATH...} or {@code import --meeting ID --kind KIND ... FILE}:
 * stores documents from files through the same pipeline as the API (PDF and HTML converted as an
 * upload is), with a progress bar on stderr and a summary (accepted, duplicates, rejected with
 * reasons, what each conversion did) on stdout. It opens the store itself, so in embedded mode the
 * server must not hold the same data directory.
 */
final class ImportCommand {

    static final String USAGE = "usage: import [--manifest FILES.csv] PATH...   (.txt/.md with a --- header, .json,"
            + " .ndjson; .pdf/.html/.htm named in the manifest; directories are searched)\n"
            + "       import --meeting ID --kind KIND [--title T] [--published-on YYYY-MM-DD] [--source-url URL]"
            + " [--language L] FILE   (one .pdf, .html, .htm, .txt or .md file)";

    /** The flags that describe one file, and the document field each one sets. */
    private static final Map<String, String> DOCUMENT_FLAGS = new LinkedHashMap<>();

    static {
        DOCUMENT_FLAGS.put("meeting", "meetingId");
        DOCUMENT_FLAGS.put("kind", "kind");
        DOCUMENT_FLAGS.put("title", "title");
        DOCUMENT_FLAGS.put("published-on", "publishedOn");
        DOCUMENT_FLAGS.put("source-url", "sourceUrl");
        DOCUMENT_FLAGS.put("language", "language");
    }

    private ImportCommand() {
    }

    /** The words after {@code import}: its flags, Spring properties ({@code --a.b=c}) and paths. */
    record Arguments(Path manifest, ObjectNode documentFlags, List<String> paths, String[] springArgs) {

        static Arguments parse(List<String> words) {
            Path manifest = null;
            ObjectNode flags = null;
            List<String> paths = new ArrayList<>();
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (!w.startsWith("--") || w.equals("--")) {
                    paths.add(w);
                    continue;
                }
                int eq = w.indexOf('=');
                String name = eq < 0 ? w.substring(2) : w.substring(2, eq);
                boolean known = name.equals("manifest") || DOCUMENT_FLAGS.containsKey(name);
                if (!known) {
                    if (name.contains(".")) {
                        spring.add(w);
                        continue;
                    }
                    throw new IllegalArgumentException("unknown flag --" + name + "; import takes --manifest, --"
                            + String.join(", --", DOCUMENT_FLAGS.keySet()) + " and Spring properties"
                            + " (--themescope.x=y)\n" + USAGE);
                }
                String value;
                if (eq >= 0) {
                    value = w.substring(eq + 1);
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
                }
                if (name.equals("manifest")) {
                    if (manifest != null) {
                        throw new IllegalArgumentException("--manifest is given twice\n" + USAGE);
                    }
                    manifest = Path.of(value);
                } else {
                    flags = flags == null ? JsonNodeFactory.instance.objectNode() : flags;
                    if (flags.has(DOCUMENT_FLAGS.get(name))) {
                        throw new IllegalArgumentException("--" + name + " is given twice\n" + USAGE);
                    }
                    flags.put(DOCUMENT_FLAGS.get(name), value);
                }
            }
            if (flags != null) {
                if (manifest != null || paths.size() != 1 || !Files.isRegularFile(Path.of(paths.getFirst()))) {
                    throw new IllegalArgumentException("--" + String.join(", --", DOCUMENT_FLAGS.keySet())
                            + " describe one FILE: give exactly one, without --manifest (a manifest describes"
                            + " several)\n" + USAGE);
                }
                if (!ImportSources.convertible(Path.of(paths.getFirst()))) {
                    throw new IllegalArgumentException(paths.getFirst() + ": the document flags are for a .pdf,"
                            + " .html, .htm, .txt or .md file\n" + USAGE);
                }
            }
            if (paths.isEmpty() && manifest == null) {
                throw new IllegalArgumentException("nothing to import\n" + USAGE);
            }
            return new Arguments(manifest, flags, paths, spring.toArray(String[]::new));
        }
    }

    /** One input before it is read: a file with or without metadata given apart, or a manifest row. */
    private record Task(Path file, String label, ObjectNode metadata, Manifest.Entry failed) {
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        if (words.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Arguments a = Arguments.parse(words);
        List<Task> tasks = new ArrayList<>();
        Set<Path> named = new HashSet<>();
        if (a.manifest() != null) {
            for (Manifest.Entry e : Manifest.read(a.manifest())) {
                String label = a.manifest() + ":" + e.line() + (e.fileName() == null ? "" : " (" + e.fileName() + ")");
                if (e.errors().isEmpty()) {
                    tasks.add(new Task(e.file(), label, e.metadata(), null));
                    named.add(e.file().toAbsolutePath().normalize());
                } else {
                    tasks.add(new Task(null, label, null, e));
                }
            }
        }
        if (a.documentFlags() != null) {
            Path file = Path.of(a.paths().getFirst());
            tasks.add(new Task(file, file.toString(), a.documentFlags(), null));
        } else {
            if (a.manifest() != null) {
                named.add(a.manifest().toAbsolutePath().normalize());
            }
            for (Path f : ImportSources.expand(a.paths(), named)) {
                tasks.add(new Task(f, f.toString(), null, null));
            }
        }
        long totalBytes = 0;
        for (Task t : tasks) {
            totalBytes += t.file() == null ? 0 : Files.size(t.file());
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ThemeScopeApplication.class)
                .web(WebApplicationType.NONE)
                .properties("themescope.demo.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=warn", "logging.level.io.themescope=warn")
                .run(a.springArgs())) {
            IngestService ingest = ctx.getBean(IngestService.class);
            ImportSources sources = new ImportSources(ctx.getBean(DocumentRequestParser.class),
                    ctx.getBean(FileDocuments.class));
            // label and conversion line of each item; the items themselves (texts, originals) are not kept
            List<String> labels = new ArrayList<>();
            List<String> conversions = new ArrayList<>();
            ProgressBar bar = new ProgressBar(err, totalBytes, System.console() != null);
            Flux<DocumentRequestParser.Result> items = Flux.<ImportSources.Item>create(sink -> {
                        for (Task t : tasks) {
                            if (t.failed() != null) {
                                sink.next(new ImportSources.Item(t.label(),
                                        new DocumentRequestParser.Result(null, t.failed().errors())));
                            } else if (t.metadata() != null) {
                                sink.next(sources.readFile(t.file(), t.label(), t.metadata()));
                            } else {
                                sources.read(t.file(), sink::next);
                            }
                        }
                        sink.complete();
                    })
                    .doOnNext(item -> {
                        synchronized (labels) {
                            labels.add(item.label());
                            conversions.add(describe(item.conversion()));
                        }
                    })
                    .map(ImportSources.Item::result);
            BulkReport report = ingest.ingestAll(items, results -> bar.advance(
                    results.stream().mapToLong(IngestService.Result::chars).sum(),
                    results.stream().filter(r -> !r.outcome().isRejected()).count()), "files").block();
            bar.finish();
            out.printf("accepted: %d%nduplicates: %d%nrejected: %d%n", report.accepted(), report.duplicates(),
                    report.rejected().size());
            Set<Integer> rejected = new HashSet<>();
            for (BulkReport.Rejected r : report.rejected()) {
                int index = (int) r.line() - 1;
                rejected.add(index);
                r.errors().forEach(e -> out.printf("  %s: %s (%s: %s)%n", labels.get(index), e.message(), e.field(),
                        e.rule()));
            }
            List<String> converted = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (conversions.get(i) != null && !rejected.contains(i)) {
                    converted.add("  " + labels.get(i) + ": " + conversions.get(i));
                }
            }
            if (!converted.isEmpty()) {
                out.printf("converted: %d%n", converted.size());
                converted.forEach(out::println);
            }
            return report.rejected().isEmpty() ? 0 : 1;
        }
    }

    /** "pdf, 2 pages, 412 characters (pdfbox 3.0.8): note; note", or null for an item that was not converted. */
    static String describe(Conversion c) {
        if (c == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%s, %s%d characters (%s): %s", c.format(),
                c.pages() == null ? "" : c.pages() + (c.pages() == 1 ? " page, " : " pages, "), c.characters(),
                c.converter(), c.notes().isEmpty() ? "no notes" : String.join("; ", c.notes()));
    }
}

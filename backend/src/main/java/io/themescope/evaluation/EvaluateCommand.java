package io.themescope.evaluation;

import io.themescope.themes.MentionExtractor;
import io.themescope.themes.TaxonomyLoader;
import io.themescope.web.ApiError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evaluate --gold GOLD.json... CORPUS_DIR}: scores the extractor against hand-labelled gold
 * with no database, and exits 3 when precision or recall falls below a floor, so a build or a
 * script can gate on it. Lives with the evaluation rather than in the cli package, which only
 * dispatches to it, so everything else here stays package-private.
 */
public final class EvaluateCommand {

    public static final String USAGE = """
            usage: evaluate --gold GOLD.json [--gold GOLD.json]... CORPUS_DIR
                            [--json | --markdown] [--show-errors N]
                            [--min-precision X] [--min-recall Y] [--themescope.themes.file=PATH]
              CORPUS_DIR holds one JSON document per file (id, text, ...); documents without gold are skipped.
              Prints a table (or the full report as JSON, or the README's markdown table).
              Exit 0; 2 for bad usage or invalid gold (every error is listed);
              3 when overall precision or recall is below --min-precision or --min-recall.""";

    private static final int DEFAULT_SHOWN = 20;

    private EvaluateCommand() {
    }

    private record Options(List<Path> golds, Path corpus, boolean json, boolean markdown, int showErrors,
                           Double minPrecision, Double minRecall, String taxonomyFile) {
    }

    /** {@code args} are the words after "evaluate". */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options o;
        try {
            o = options(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        MentionExtractor extractor = MentionExtractor.of(o.taxonomyFile() == null
                ? TaxonomyLoader.loadDefault() : TaxonomyLoader.load(Path.of(o.taxonomyFile())));
        Outcome outcome = evaluate(o.golds(), o.corpus(), extractor);
        if (!outcome.errors().isEmpty()) {
            List<String> errors = outcome.errors();
            errors.forEach(err::println);
            err.println("error: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                    + " in the gold or the corpus; nothing was evaluated");
            return 2;
        }
        EvaluationReport report = outcome.report();

        if (o.json()) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        } else if (o.markdown()) {
            out.print(ReportText.markdown(report));
            report.meta().warnings().forEach(w -> err.println("note: " + w));
        } else {
            out.print(ReportText.table(report, o.showErrors()));
        }
        out.flush();
        int code = 0;
        if (o.minPrecision() != null && below(report.overall().precision(), o.minPrecision())) {
            err.println("precision " + shown(report.overall().precision()) + " is below --min-precision " + o.minPrecision());
            code = 3;
        }
        if (o.minRecall() != null && below(report.overall().recall(), o.minRecall())) {
            err.println("recall " + shown(report.overall().recall()) + " is below --min-recall " + o.minRecall());
            code = 3;
        }
        return code;
    }

    /** The report, or every error found in the gold files and the corpus (then no report). */
    record Outcome(EvaluationReport report, List<String> errors) {
    }

    /** Reads the corpus and the gold files, merging them, and scores them; no printing. */
    static Outcome evaluate(List<Path> golds, Path corpus, MentionExtractor extractor) throws IOException {
        ObjectReader json = JsonMapper.builder().build().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        List<String> errors = new ArrayList<>();
        Map<String, String> texts = CorpusDirectory.read(corpus, json, errors);
        List<GoldDocument> documents = new ArrayList<>();
        Map<String, String> labelledIn = new HashMap<>();
        GoldReader.Texts lookup = new GoldReader.Texts(texts::get, "no document %s in the corpus");
        for (Path gold : golds) {
            JsonNode root;
            try {
                root = json.readTree(Files.readString(gold));
            } catch (JacksonException e) {
                errors.add(gold + ": not valid JSON: " + e.getOriginalMessage());
                continue;
            } catch (java.nio.charset.CharacterCodingException e) {
                errors.add(gold + ": not valid UTF-8");
                continue;
            }
            GoldReader.Result r = GoldReader.read(root, extractor.taxonomy(), lookup, labelledIn,
                    gold.getFileName().toString());
            for (ApiError e : r.errors()) {
                errors.add(gold + ": " + e.message());
            }
            documents.addAll(r.documents());
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        List<String> skipped = texts.keySet().stream().filter(id -> !labelledIn.containsKey(id)).toList();
        List<String> notes = skipped.isEmpty() ? List.of() : List.of(skipped(skipped));
        return new Outcome(Evaluator.evaluate(extractor, documents, "corpus", notes, false), List.of());
    }

    static String skipped(List<String> ids) {
        int n = ids.size();
        List<String> named = ids.size() > 10 ? ids.subList(0, 10) : ids;
        return n + (n == 1 ? " document has" : " documents have") + " no gold labels and " + (n == 1 ? "was" : "were")
                + " skipped: " + String.join(", ", named) + (n > named.size() ? ", …" : "") + ".";
    }

    /** A missing proportion (nothing predicted, or no gold) does not reach any floor. */
    private static boolean below(EvaluationReport.Proportion p, double floor) {
        return p == null || p.value() < floor;
    }

    private static String shown(EvaluationReport.Proportion p) {
        return p == null ? "(undefined)" : String.format(Locale.ROOT, "%.3f", p.value());
    }

    private static Options options(List<String> args) {
        List<Path> golds = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        boolean json = false;
        boolean markdown = false;
        int showErrors = DEFAULT_SHOWN;
        Double minPrecision = null;
        Double minRecall = null;
        String taxonomyFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            switch (name) {
                case "--json" -> json = true;
                case "--markdown" -> markdown = true;
                case "--gold", "--show-errors", "--min-precision", "--min-recall", "--themescope.themes.file" -> {
                    String v = value(args, i, a);
                    if (!a.contains("=")) {
                        i++;
                    }
                    switch (name) {
                        case "--gold" -> golds.add(Path.of(v));
                        case "--show-errors" -> showErrors = count(name, v);
                        case "--min-precision" -> minPrecision = share(name, v);
                        case "--min-recall" -> minRecall = share(name, v);
                        default -> taxonomyFile = v;
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    operands.add(a);
                }
            }
        }
        if (json && markdown) {
            throw new IllegalArgumentException("--json and --markdown exclude each other");
        }
        if (golds.isEmpty()) {
            throw new IllegalArgumentException("--gold GOLD.json is required");
        }
        if (operands.size() != 1) {
            throw new IllegalArgumentException("give exactly one CORPUS_DIR, got " + operands.size());
        }
        for (Path g : golds) {
            if (!Files.isRegularFile(g)) {
                throw new IllegalArgumentException(g + ": no such file");
            }
        }
        Path corpus = Path.of(operands.getFirst());
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException(corpus + ": no such directory");
        }
        return new Options(golds, corpus, json, markdown, showErrors, minPrecision, minRecall, taxonomyFile);
    }

    /** The value of {@code --name=value} or of {@code --name value}. */
    private static String value(List<String> args, int i, String a) {
        if (a.contains("=")) {
            return a.substring(a.indexOf('=') + 1);
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new IllegalArgumentException(a + " needs a value");
        }
        return args.get(i + 1);
    }

    private static int count(String name, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number, 0 or more; got " + v);
    }

    private static double share(String name, String v) {
        try {
            double x = Double.parseDouble(v);
            if (x >= 0 && x <= 1) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a number from 0 to 1; got " + v);
    }
}

package io.themescope.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluate command on a corpus this test writes: two gold files merged, a document without
 * gold skipped with a note, offsets reported in code points past a character outside the BMP,
 * exit 3 only below the floors asked for, and exit 2 with every error for an invalid gold.
 */
class EvaluateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** U+1D400, one code point and two UTF-16 units, so code-point and UTF-16 offsets differ by one after it. */
    private static final String BOLD_A = "\uD835\uDC00";
    private static final String D1 = "Ministers warned of an arms race. They praised ASEAN unity.";
    private static final String D2 = BOLD_A + " The Ministers condemned terrorism and violent extremism. Cyber attacks were"
            + " discussed. They warned of a spiral of weapons acquisitions and praised peacekeeping.";
    private static final String THEMES = "[\"arms-race\", \"unity\", \"terrorism\", \"cybersecurity\"]";

    @TempDir
    Path dir;
    private Path corpus;
    private Path goldA;
    private Path goldB;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void write(Path file, Object json) throws Exception {
        Files.writeString(file, JSON.writeValueAsString(json));
    }

    /*
     * Predictions (default taxonomy): d1 arms-race "arms race" [23,32) and unity "unity" [53,58);
     * d2 terrorism "terrorism" and "violent extremism", cybersecurity "Cyber attacks", and
     * peacekeeping, which the gold does not list. Gold: d1 arms-race "arms race"; d2 both terrorism
     * phrases and arms-race "spiral of weapons acquisitions", which the extractor misses.
     * Gold 4, predicted 5, matched 3: precision 0.6, recall 0.75.
     */
    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectory(dir.resolve("corpus"));
        write(corpus.resolve("d1.json"), Map.of("id", "d1", "series", "ADMM", "text", D1));
        write(corpus.resolve("d2.json"), Map.of("id", "d2", "text", D2));
        write(corpus.resolve("extra.json"), Map.of("id", "extra", "text", "Not labelled."));
        Files.writeString(corpus.resolve("notes.txt"), "not a document");
        goldA = dir.resolve("gold-a.json");
        goldB = dir.resolve("gold-b.json");
        Files.writeString(goldA, """
                {"version": "1", "themes": %s, "documents": {"d1": {
                  "arms-race": [{"start": 23, "end": 32, "text": "arms race"}], "unity": [], "terrorism": [],
                  "cybersecurity": []}}}""".formatted(THEMES));
        Files.writeString(goldB, """
                {"version": "1", "themes": %s, "documents": {"d2": {
                  "arms-race": [{"start": 106, "end": 136, "text": "spiral of weapons acquisitions"}], "unity": [],
                  "terrorism": [{"start": 26, "end": 35, "text": "terrorism"},
                                {"start": 40, "end": 57, "text": "violent extremism"}],
                  "cybersecurity": []}}}""".formatted(THEMES));
    }

    @Test
    void theTableListsOverallThenThemesThenDisagreements() {
        Run r = run("evaluate", "--gold", goldA.toString(), "--gold=" + goldB, corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Evaluation of taxonomy 2026.12.1: 2 documents, 4 themes (offsets in code points)");
        assertThat(lines.get(3)).isEqualTo("overall            4      5       3  0.600 (0.231–0.882)    0.750 (0.301–0.954)    0.667");
        assertThat(lines.subList(4, 8)).extracting(l -> l.split(" +")[0])
                .containsExactly("arms-race", "terrorism", "cybersecurity", "unity");
        assertThat(r.out()).contains("Disagreements (3):",
                "  FP d1 unity [53, 58) \"unity\"\n      in: They praised ASEAN unity.",
                "  FP d2 cybersecurity [59, 72) \"Cyber attacks\"\n      in: Cyber attacks were discussed.",
                "  FN d2 arms-race [106, 136) \"spiral of weapons acquisitions\"\n      in: They warned of a spiral of weapons"
                        + " acquisitions and praised peacekeeping.",
                "note: 1 document has no gold labels and was skipped: extra.",
                "note: 1 predicted mention of themes the gold does not list was not scored (peacekeeping 1).");
    }

    @Test
    void floorsDecideTheExitCode() {
        String[] base = {"evaluate", "--gold", goldA.toString(), "--gold", goldB.toString(), corpus.toString()};
        assertThat(run(concat(base, "--min-precision", "0.6", "--min-recall=0.75")).code()).isZero();
        Run low = run(concat(base, "--min-precision", "0.61"));
        assertThat(low.code()).isEqualTo(3);
        assertThat(low.err()).isEqualTo("precision 0.600 is below --min-precision 0.61\n");
        Run both = run(concat(base, "--min-precision=0.7", "--min-recall", "0.8"));
        assertThat(both.code()).isEqualTo(3);
        assertThat(both.err()).isEqualTo("precision 0.600 is below --min-precision 0.7\nrecall 0.750 is below --min-recall 0.8\n");
    }

    @Test
    void jsonIsTheWholeReportWithCodePointOffsets() {
        Run r = run("evaluate", "--json", "--gold", goldA.toString(), "--gold", goldB.toString(), corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.propertyNames()).containsExactly("query", "meta", "overall", "themes", "documents", "disagreements");
        assertThat(report.get("query").toString()).isEqualTo("{\"source\":\"corpus\",\"documents\":2,\"themes\":"
                + "[\"arms-race\",\"terrorism\",\"cybersecurity\",\"unity\"],\"offsets\":\"unicode-code-points\"}");
        assertThat(report.get("meta").get("taxonomyVersion").stringValue()).isEqualTo("2026.12.1");
        assertThat(report.get("meta").get("synthetic").booleanValue()).isFalse();
        assertThat(report.get("overall").propertyNames()).containsExactly("gold", "predicted", "matched", "precision",
                "recall", "f1");
        assertThat(report.get("overall").get("precision").propertyNames()).containsExactly("value", "low", "high");
        assertThat(report.get("themes").get(2).toString()).isEqualTo("{\"theme\":\"cybersecurity\",\"gold\":0,"
                + "\"predicted\":1,\"matched\":0,\"precision\":{\"value\":0.0,\"low\":0.0,\"high\":0.7934506856227626},"
                + "\"recall\":null,\"f1\":null}");
        assertThat(report.get("documents").get(1).get("document").stringValue()).isEqualTo("d2");
        JsonNode fn = report.get("disagreements").get(2);
        assertThat(fn.toString()).isEqualTo("{\"kind\":\"false-negative\",\"document\":\"d2\",\"theme\":\"arms-race\","
                + "\"start\":106,\"end\":136,\"text\":\"spiral of weapons acquisitions\",\"sentence\":\"They warned of a"
                + " spiral of weapons acquisitions and praised peacekeeping.\"}");
    }

    @Test
    void markdownIsTheReadmeTable() {
        Run r = run("evaluate", "--markdown", "--gold", goldA.toString(), "--gold", goldB.toString(), corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                | theme | gold | predicted | matched | precision | recall | F1 |
                |---|---|---|---|---|---|---|
                | overall | 4 | 5 | 3 | 0.600 (0.231–0.882) | 0.750 (0.301–0.954) | 0.667 |
                | arms-race | 2 | 1 | 1 | 1.000 (0.207–1.000) | 0.500 (0.095–0.905) | 0.667 |
                | terrorism | 2 | 2 | 2 | 1.000 (0.342–1.000) | 1.000 (0.342–1.000) | 1.000 |
                | cybersecurity | 0 | 1 | 0 | 0.000 (0.000–0.793) | — | — |
                | unity | 0 | 1 | 0 | 0.000 (0.000–0.793) | — | — |
                """);
        assertThat(r.err()).contains("note: 1 document has no gold labels and was skipped: extra.");
    }

    @Test
    void anInvalidGoldListsEveryErrorAndExitsTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"themes": ["unity", "foo"], "documents": {"d1": {"unity": [{"start": 0, "end": 9, "text": "Ministerz"}]},
                  "nowhere": {"unity": []}}}""");
        Run r = run("evaluate", "--gold", bad.toString(), corpus.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(bad + ": gold.themes[1]: unknown theme 'foo'\n"
                + bad + ": gold.documents[\"d1\"][\"unity\"][0].text: expected \"Ministerz\" but the text at [0, 9) is"
                + " \"Ministers\"\n"
                + bad + ": gold.documents[\"nowhere\"]: no document 'nowhere' in the corpus\n"
                + "error: 3 problems in the gold or the corpus; nothing was evaluated\n");
    }

    @Test
    void aDocumentInTwoGoldsIsAnError() {
        Run r = run("evaluate", "--gold", goldA.toString(), "--gold", goldA.toString(), corpus.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(goldA + ": gold.documents[\"d1\"]: document 'd1' is already labelled in gold-a.json\n");
    }

    @Test
    void badUsageExitsTwoWithTheUsage() {
        for (String[] args : List.of(new String[] {"evaluate", corpus.toString()},
                new String[] {"evaluate", "--gold", goldA.toString()},
                new String[] {"evaluate", "--gold", goldA.toString(), corpus.toString(), "--min-recall", "1.5"},
                new String[] {"evaluate", "--gold", goldA.toString(), corpus.toString(), "--fast"},
                new String[] {"evaluate", "--gold", goldA.toString(), corpus.toString(), "--json", "--markdown"},
                new String[] {"evaluate", "--gold", dir.resolve("none.json").toString(), corpus.toString()})) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("usage: evaluate --gold GOLD.json");
        }
        assertThat(run("evaluate", corpus.toString()).err()).startsWith("error: --gold GOLD.json is required\n");
        assertThat(run("evaluate", "--gold", goldA.toString(), corpus.toString(), "--min-recall", "1.5").err())
                .startsWith("error: --min-recall must be a number from 0 to 1; got 1.5\n");
        assertThat(CommandLine.serves(new String[] {"evaluate"})).isFalse();
        assertThat(run("help").out()).contains("evaluate --gold GOLD.json... CORPUS_DIR");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

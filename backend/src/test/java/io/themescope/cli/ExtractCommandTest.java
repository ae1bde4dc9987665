package io.themescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extract command is the taxonomy's dry run and the benchmark's extraction path: it must print
 * exactly the mentions and counts of each file, skip a metadata header so offsets match stored
 * text, and stream plain text so a file far larger than the heap goes through.
 */
class ExtractCommandTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private List<JsonNode> run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().map(mapper::readTree).toList();
    }

    @Test
    void printsMentionsWithOffsetsIntoTheTextAfterTheHeader() throws Exception {
        String body = "Ministers warned of an arms race.\nThey praised ASEAN's unity and centrality.";
        Path file = dir.resolve("doc.txt");
        Files.writeString(file, "---\ntitle: Arms race in the headline\nkind: other\n---\n" + body);

        List<JsonNode> lines = run("extract", file.toString());

        assertThat(lines).hasSize(1);
        JsonNode doc = lines.getFirst();
        assertThat(doc.get("source").stringValue()).isEqualTo(file.toString());
        assertThat(doc.get("words").intValue()).isEqualTo(12);
        assertThat(doc.get("themes").toString()).isEqualTo("{\"arms-race\":1,\"unity\":1,\"asean-centrality\":1}");
        for (JsonNode m : doc.get("mentions")) {
            int start = m.get("start").intValue();
            int end = m.get("end").intValue();
            assertThat(body.substring(start, end)).isEqualTo(m.get("term").stringValue());
        }
        assertThat(doc.get("mentions").get(0).get("term").stringValue()).isEqualTo("arms race");
        assertThat(doc.get("mentions").get(0).get("sentence").stringValue()).isEqualTo("Ministers warned of an arms race.");
    }

    @Test
    void countsOnlyForNdjsonDocuments() throws Exception {
        Path file = dir.resolve("docs.ndjson");
        Files.writeString(file, "{\"text\":\"Counter terrorism and counter-terrorism.\"}\n\n{\"text\":\"Nothing here.\"}\n");

        List<JsonNode> lines = run("extract", "--counts", file.toString());

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).toString()).isEqualTo("{\"source\":\"" + file + ":1\",\"words\":4,\"themes\":{\"terrorism\":2}}");
        assertThat(lines.get(1).toString()).isEqualTo("{\"source\":\"" + file + ":3\",\"words\":2,\"themes\":{}}");
    }

    @Test
    void unknownOptionAndMissingFileAreClearErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(CommandLine.run(new String[] {"extract", "--fast", "x.txt"}, System.out, e)).isEqualTo(2);
        assertThat(CommandLine.run(new String[] {"extract", dir.resolve("none.txt").toString()}, System.out, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "error: unknown option --fast (extract takes --counts and --themescope.themes.file=PATH)\n"
                        + "error: " + dir.resolve("none.txt") + ": no such file\n");
    }

    /** 120 MB of text through a JVM limited to a 48 MB heap: only streaming can pass this. */
    @Test
    void streamsFilesLargerThanTheHeap() throws Exception {
        Path big = dir.resolve("big.txt");
        String sentence = "The ministers warned that an arms race would harm the region.\n";
        int repeats = 120_000_000 / sentence.length();
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < repeats; i++) {
                w.write(sentence);
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), "io.themescope.ThemeScopeApplication", "extract", "--counts",
                big.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        JsonNode doc = mapper.readTree(output.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        assertThat(doc.get("themes").get("arms-race").longValue()).isEqualTo(repeats);
        assertThat(doc.get("words").longValue()).isEqualTo(11L * repeats);
    }
}

package io.themescope.cli;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command stores files through the same pipeline as the API: every supported file type,
 * a summary that names each rejected document by file and line, exit status 1 when anything was
 * rejected, and duplicates recognised on a second run. Runs on the shared test ClickHouse.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private String[] args(String database, String... operands) {
        List<String> a = new ArrayList<>(List.of("import"));
        a.addAll(List.of(operands));
        ClickHouseTestSupport.Target t = ClickHouseTestSupport.target();
        a.add("--themescope.clickhouse.database=" + database);
        if (t.kind() == ClickHouseTestSupport.Kind.EMBEDDED) {
            a.add("--themescope.clickhouse.embedded.data-dir=" + t.dataDir());
        } else {
            a.add("--themescope.clickhouse.mode=server");
            a.add("--themescope.clickhouse.url=" + t.baseUrl());
            a.add("--themescope.clickhouse.user=" + t.user());
            a.add("--themescope.clickhouse.password=" + t.password());
        }
        return a.toArray(String[]::new);
    }

    @Test
    void importsEveryFileTypeAndReportsRejectionsBySource() throws Exception {
        String database = ClickHouseTestSupport.newDatabase("import");
        Files.writeString(dir.resolve("a.txt"), """
                ---
                title: Joint Declaration of the 10th ADMM
                kind: joint-declaration
                meeting.series: ADMM
                meeting.number: 10
                meeting.date: 2016-05-25
                meeting.hostCountry: LA
                meeting.hostCity: Vientiane
                ---
                The ministers warned of an arms race.
                """);
        Files.writeString(dir.resolve("b.ndjson"),
                "{\"title\":\"Report\",\"kind\":\"news-report\",\"meeting\":{\"series\":\"ADMM\",\"number\":10,"
                        + "\"date\":\"2016-05-25\",\"hostCountry\":\"LA\",\"hostCity\":\"Vientiane\"},"
                        + "\"text\":\"Maritime security was discussed.\"}\n"
                        + "{\"title\":\"Bad\",\"kind\":\"memo\",\"meeting\":{\"series\":\"ADMM\",\"date\":\"2016\","
                        + "\"hostCountry\":\"XX\"},\"text\":\"x\"}\n");
        Files.writeString(dir.resolve("c.md"), "no header here\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args(database, dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                accepted: 2
                duplicates: 0
                rejected: 2
                  %1$s/b.ndjson:2: kind must be one of chairman-statement, joint-declaration, news-report, other, speech; got "memo". (kind: enum)
                  %1$s/b.ndjson:2: meeting.hostCountry must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got "XX". (meeting.hostCountry: iso-3166-1-alpha-2)
                  %1$s/c.md: the file must start with a metadata header between two --- lines (header: front-matter)
                """.formatted(dir));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("documents");
        assertThat(count(database, "documents")).isEqualTo(2);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        CommandLine.run(args(database, dir.resolve("a.txt").toString()), new PrintStream(again, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo("accepted: 0\nduplicates: 1\nrejected: 0\n");
        assertThat(count(database, "documents")).isEqualTo(2);
    }

    private static long count(String database, String table) throws Exception {
        try (Connection c = ClickHouseTestSupport.connect(database);
             ResultSet rs = c.createStatement().executeQuery("SELECT count() FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

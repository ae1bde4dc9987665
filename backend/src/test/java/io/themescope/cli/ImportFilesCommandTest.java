package io.themescope.cli;

import io.themescope.convert.Declaration;
import io.themescope.convert.PdfFixtures;
import io.themescope.ingest.Source;
import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command reads PDF and HTML files as the upload does: metadata from a manifest (quoted
 * fields, a missing file and a bad field reported by row while the other rows are stored) or from
 * flags for one file; the original kept with its format and SHA-256, pages on the PDF's mentions,
 * the conversion notes in the summary, and a file whose bytes are not what its name says refused.
 */
class ImportFilesCommandTest {

    private static final String PDF_NOTES = "joined 2 hyphenated line breaks; kept the hyphen at 1 line end;"
            + " removed a running header on 2 of 2 pages; removed page numbers on 2 of 2 pages;"
            + " folded 1 ligature and compatibility characters";

    @TempDir
    Path dir;

    private String[] args(String database, String... words) {
        List<String> a = new ArrayList<>(List.of("import"));
        a.addAll(List.of(words));
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

    private record Run(int code, String out, String err) {
    }

    private Run run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void manifestAndFlagsImportPdfHtmlAndTextWithProvenance() throws Exception {
        String database = ClickHouseTestSupport.newDatabase("importfiles");
        byte[] pdf = Declaration.pdf();
        Files.write(dir.resolve("jd-18.pdf"), pdf);
        String page = Declaration.html().replace("rules-based order", "rules-based order and resilience");
        Files.writeString(dir.resolve("page.html"), page);
        String note = "Remarks on maritime security and counter-terrorism.\n";
        Files.writeString(dir.resolve("note.txt"), note);
        Files.writeString(dir.resolve("files.csv"), """
                file,meetingId,meeting.series,meeting.number,meeting.date,meeting.hostCountry,meeting.hostCity,meeting.title,kind,title,publishedOn,sourceUrl,language
                jd-18.pdf,,ADMM,18,2024-11-20,LA,Vientiane,"ASEAN: Together for Peace, Security and Resilience",joint-declaration,"Joint Declaration, 18th ADMM",2024-11-20,https://example.org/jd,en
                page.html,admm-18,,,,,,,news-report,,,,
                note.txt,admm-18,,,,,,,speech,"Remarks, \"\"Vientiane\"\"",,,
                missing.pdf,admm-18,,,,,,,speech,Missing,,,
                page.html,admm-18,,,,,,,memo,Bad kind,,,
                """);

        // a directory operand next to the manifest does not import the manifest's files twice
        Run r = run(args(database, "--manifest", dir.resolve("files.csv").toString(), dir.toString()));

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        String m = dir.resolve("files.csv").toString();
        assertThat(r.out()).isEqualTo("""
                accepted: 3
                duplicates: 0
                rejected: 2
                  %1$s:5 (missing.pdf): no such file: missing.pdf. (file: exists)
                  %1$s:6 (page.html): kind must be one of chairman-statement, joint-declaration, news-report, other, speech; got "memo". (kind: enum)
                converted: 3
                  %1$s:2 (jd-18.pdf): pdf, 2 pages, %2$d characters (pdfbox 3.0.8): %3$s
                  %1$s:3 (page.html): html, %4$d characters (jsoup 1.24.1): read the <main> as the main content; dropped 1 navigation, banner, script or widget element; charset UTF-8
                  %1$s:4 (note.txt): text, %5$d characters (themescope dev): no notes
                """.formatted(m, Declaration.TEXT.length(), PDF_NOTES,
                Declaration.TEXT.length() + " and resilience".length(), note.length()));
        assertThat(r.err()).contains("documents");

        String pdfId = rows(database, "SELECT id FROM documents WHERE kind = 'joint-declaration'").getFirst().getFirst();
        assertThat(rows(database, "SELECT id, meeting_id, kind, title, toString(published_on), source_url FROM documents"
                + " ORDER BY kind")).containsExactly(
                List.of(pdfId, "admm-18", "joint-declaration", "Joint Declaration, 18th ADMM", "2024-11-20",
                        "https://example.org/jd"),
                List.of(rows(database, "SELECT id FROM documents WHERE kind = 'news-report'").getFirst().getFirst(),
                        "admm-18", "news-report", "Joint Declaration on Regional Security", "2024-11-21", "null"),
                List.of(rows(database, "SELECT id FROM documents WHERE kind = 'speech'").getFirst().getFirst(),
                        "admm-18", "speech", "Remarks, \"Vientiane\"", "null", "null"));
        assertThat(rows(database, "SELECT id, host_country, title FROM meetings")).containsExactly(
                List.of("admm-18", "LA", "ASEAN: Together for Peace, Security and Resilience"));
        assertThat(rows(database, "SELECT format, content_type, file_name, toString(size), sha256, toString(pages)"
                + " FROM document_sources WHERE document_id = '" + pdfId + "'")).containsExactly(
                List.of("pdf", "application/pdf", "jd-18.pdf", String.valueOf(pdf.length),
                        new Source(pdf, null, null).sha256(), "2"));
        assertThat(rows(database, "SELECT format, file_name FROM document_sources ORDER BY format")).containsExactly(
                List.of("html", "page.html"), List.of("pdf", "jd-18.pdf"), List.of("text", "note.txt"));
        // every mention of the PDF names its page: page 2 starts with "They reaffirmed"
        int pageTwo = Declaration.TEXT.indexOf("They reaffirmed");
        List<List<String>> mentions = rows(database, "SELECT toString(start), toString(page) FROM mentions"
                + " WHERE document_id = '" + pdfId + "'");
        assertThat(mentions).isNotEmpty();
        for (List<String> mention : mentions) {
            assertThat(mention.get(1)).as(mention.toString())
                    .isEqualTo(Integer.parseInt(mention.get(0)) < pageTwo ? "1" : "2");
        }

        // flags for one file
        Path single = dir.resolve("single").resolve("remarks.pdf");
        Files.createDirectories(single.getParent());
        byte[] onePage = PdfFixtures.pdf(List.of(List.of(PdfFixtures.at(72, 760,
                "The Ministers discussed maritime security."))));
        Files.write(single, onePage);
        Run flags = run(args(database, "--meeting", "admm-18", "--kind", "speech", "--title", "Remarks, briefly",
                "--published-on", "2024-11-20", single.toString()));
        assertThat(flags.code()).as(flags.out() + flags.err()).isZero();
        assertThat(flags.out()).isEqualTo("""
                accepted: 1
                duplicates: 0
                rejected: 0
                converted: 1
                  %s: pdf, 1 page, 42 characters (pdfbox 3.0.8): no notes
                """.formatted(single));
        assertThat(rows(database, "SELECT meeting_id, kind, toString(published_on), d.title, s.format, s.sha256"
                + " FROM documents d JOIN document_sources s ON s.document_id = d.id WHERE d.title = 'Remarks, briefly'"))
                .containsExactly(List.of("admm-18", "speech", "2024-11-20", "Remarks, briefly", "pdf",
                        new Source(onePage, null, null).sha256()));
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefused() throws Exception {
        String database = ClickHouseTestSupport.newDatabase("importfake");
        Path fake = dir.resolve("fake.pdf");
        Files.writeString(fake, Declaration.html());
        Run r = run(args(database, "--meeting", "admm-18", "--kind", "speech", "--title", "Fake", fake.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                accepted: 0
                duplicates: 0
                rejected: 1
                  %s: The file is declared as application/pdf but its bytes are HTML. (file: matches-declared-type)
                """.formatted(fake));
        assertThat(rows(database, "SELECT count() FROM documents")).containsExactly(List.of("0"));
        assertThat(rows(database, "SELECT count() FROM document_sources")).containsExactly(List.of("0"));

        // a PDF found in a folder without a manifest row has no metadata
        Run walked = run(args(database, dir.toString()));
        assertThat(walked.code()).isEqualTo(1);
        assertThat(walked.out()).contains("rejected: 1\n  " + fake + ": a PDF or HTML file carries no metadata"
                + " header; name it in a --manifest or import it alone with --meeting, --kind and --title"
                + " (metadata: required)\n");
    }

    @Test
    void unknownFlagsAndMisusedDocumentFlagsAreUsageErrors() {
        Run unknown = run(new String[] {"import", "--bogus", "x", "a.pdf"});
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: unknown flag --bogus; import takes --manifest, --meeting,"
                + " --kind, --title, --published-on, --source-url, --language");
        Run twoFiles = run(new String[] {"import", "--kind", "speech", dir.toString(), "b.pdf"});
        assertThat(twoFiles.code()).isEqualTo(2);
        assertThat(twoFiles.err()).contains("describe one FILE");
        Run noValue = run(new String[] {"import", "x.pdf", "--manifest"});
        assertThat(noValue.code()).isEqualTo(2);
        assertThat(noValue.err()).contains("--manifest needs a value");
    }

    @Test
    void csvReaderFollowsRfc4180() {
        assertThat(Csv.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",\n")).containsExactly(
                new Csv.Row(1, List.of("a", "b")), new Csv.Row(2, List.of("x, y", "say \"hi\"")),
                new Csv.Row(4, List.of("two\nlines", "")));
    }

    private static List<List<String>> rows(String database, String sql) throws Exception {
        try (Connection c = ClickHouseTestSupport.connect(database);
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                out.add(row);
            }
            return out;
        }
    }
}

package io.themescope.convert;

import io.themescope.web.ApiValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Converters on fixtures written at test time: exact text, page starts and notes for a two-column
 * PDF with running lines, hyphens and a ligature; exact text and offered metadata for cluttered
 * HTML; and each refusal (scan, password, truncation, type mismatch, empty, too deep) with its status.
 */
class ConverterTest {

    private final Converter converter = new Converter(ConvertLimits.defaults());

    @Test
    void twoColumnPdfReadsColumnByColumnWithoutRunningLines() {
        Conversion c = converter.convert(Declaration.pdf(), "application/pdf", "jd.pdf");
        assertThat(c.text()).isEqualTo(Declaration.TEXT);
        assertThat(c.format()).isEqualTo("pdf");
        assertThat(c.pages()).isEqualTo(2);
        assertThat(c.pageStarts()).containsExactly(0, Declaration.TEXT.indexOf("They reaffirmed"));
        assertThat(c.converter()).isEqualTo("pdfbox 3.0.8");
        assertThat(c.notes()).containsExactly("joined 2 hyphenated line breaks", "kept the hyphen at 1 line end",
                "removed a running header on 2 of 2 pages", "removed page numbers on 2 of 2 pages",
                "folded 1 ligature and compatibility characters");
    }

    @Test
    void pageOfAnOffset() {
        List<Integer> starts = List.of(0, 100, 100, 250);
        assertThat(PageMap.pageOf(starts, 0)).isEqualTo(1);
        assertThat(PageMap.pageOf(starts, 99)).isEqualTo(1);
        assertThat(PageMap.pageOf(starts, 100)).isEqualTo(3);
        assertThat(PageMap.pageOf(starts, 1000)).isEqualTo(4);
        assertThat(PageMap.pageOf(null, 5)).isNull();
    }

    @Test
    void hyphensAtLineEnds() {
        assertThat(Hyphenation.join("coop", "eration", java.util.Set.of())).isTrue();
        assertThat(Hyphenation.join("non", "traditional", java.util.Set.of())).isFalse();
        assertThat(Hyphenation.join("counter", "terrorism", java.util.Set.of())).isFalse();
        assertThat(Hyphenation.join("counter", "terrorism", java.util.Set.of("counterterrorism"))).isTrue();
        assertThat(Hyphenation.join("geo", "political", java.util.Set.of("geo-political"))).isFalse();
        assertThat(Hyphenation.join("Asia", "Pacific", java.util.Set.of())).isFalse();
        assertThat(Hyphenation.join("COVID", "19", java.util.Set.of())).isFalse();
    }

    @Test
    void htmlMainContentWithoutClutter() {
        Conversion c = converter.convert(Declaration.html().getBytes(StandardCharsets.UTF_8), "text/html", null);
        assertThat(c.text()).isEqualTo(Declaration.TEXT);
        assertThat(c.title()).isEqualTo("Joint Declaration on Regional Security");
        assertThat(c.publishedOn()).isEqualTo(LocalDate.of(2024, 11, 21));
        assertThat(c.pages()).isNull();
        assertThat(c.converter()).isEqualTo("jsoup 1.24.1");
        assertThat(c.notes()).containsExactly("read the <main> as the main content",
                "dropped 1 navigation, banner, script or widget element", "charset UTF-8");
    }

    @Test
    void htmlBreaksAndDeclaredCharset() {
        byte[] latin1 = "<html><body><p>Caf\u00e9 one<br>two</p><div>three</div></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Conversion c = converter.convert(latin1, "text/html; charset=ISO-8859-1", null);
        assertThat(c.text()).isEqualTo("Caf\u00e9 one\ntwo\n\nthree");
        Conversion meta = converter.convert(("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9"
                + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1), null, null);
        assertThat(meta.text()).isEqualTo("Caf\u00e9");
        assertThat(meta.notes()).contains("charset windows-1252");
    }

    @Test
    void deepNestingCostsNoStack() {
        String deep = "<html><body>" + "<div>".repeat(10_000) + "arms race" + "</div>".repeat(10_000) + "</body></html>";
        Conversion c = converter.convert(deep.getBytes(StandardCharsets.UTF_8), "text/html", null);
        assertThat(c.text()).isEqualTo("arms race");
    }

    @Test
    void textStaysAsItIs() {
        Conversion c = converter.convert("# Title\n\nArms race.\n".getBytes(StandardCharsets.UTF_8), null, "a.md");
        assertThat(c.text()).isEqualTo("# Title\n\nArms race.\n");
        assertThat(c.format()).isEqualTo("markdown");
        assertThat(converter.convert("plain".getBytes(StandardCharsets.UTF_8), "text/plain", null).format())
                .isEqualTo("text");
    }

    @Test
    void refusals() {
        assertRefused(PdfFixtures.scan(2), "application/pdf", 422, "text-layer",
                "The PDF has no text layer: OCR it first.");
        assertRefused(PdfFixtures.encrypted(Declaration.pages()), "application/pdf", 422, "encrypted",
                "The PDF is encrypted and needs a password to open; remove the protection first.");
        byte[] pdf = Declaration.pdf();
        assertRefused(Arrays.copyOf(pdf, pdf.length / 2), "application/pdf", 400, "pdf",
                "The PDF is truncated or corrupt: it has no %%EOF marker at its end.");
        byte[] garbage = ("%PDF-1.7\n" + "x".repeat(500) + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(garbage, null, 400, "pdf", "The PDF is corrupt and cannot be read.");
        assertRefused(pdf, "text/html", 415, "matches-declared-type",
                "The file is declared as text/html but its bytes are a PDF.");
        assertRefused("plain words".getBytes(StandardCharsets.UTF_8), "application/pdf", 415, "matches-declared-type",
                "The file is declared as application/pdf but its bytes are plain text.");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, null, 415, "media-type",
                "The file is neither PDF, HTML nor UTF-8 text.");
        assertRefused(new byte[] {1, 2}, "image/png", 415, "media-type", "The file's declared type image/png is"
                + " not supported; send a PDF (application/pdf), HTML (text/html) or text (text/plain, text/markdown).");
        assertRefused(new byte[0], "application/pdf", 400, "not-empty", "The file is empty.");
        assertRefused(PdfFixtures.pdf(java.util.Collections.nCopies(3, List.of(PdfFixtures.at(72, 700, "x")))),
                "application/pdf", 413, "max-pages", "The PDF has 3 pages; at most 2 are read.",
                new Converter(new ConvertLimits(2, 1000, 1 << 20, java.time.Duration.ofSeconds(10), 1 << 20)));
    }

    private void assertRefused(byte[] bytes, String type, int status, String rule, String message) {
        assertRefused(bytes, type, status, rule, message, converter);
    }

    private static void assertRefused(byte[] bytes, String type, int status, String rule, String message,
                                      Converter converter) {
        assertThatThrownBy(() -> converter.convert(bytes, type, null))
                .isInstanceOfSatisfying(ApiValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.errors()).containsExactly(new io.themescope.web.ApiError("file", rule, message));
                });
    }
}

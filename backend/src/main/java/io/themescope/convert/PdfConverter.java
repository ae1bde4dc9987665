package io.themescope.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PDF to text with PDFBox: glyphs in reading order per page (PageLayout), compatibility forms and
 * ligatures folded (NFKC), running lines removed, lines joined into paragraphs with line-end
 * hyphens resolved, and the offset where each page starts. Memory, pages, decompressed bytes and
 * time are bounded; what cannot be read is a 400, 413 or 422 that says why.
 */
final class PdfConverter {

    static final String VERSION = "pdfbox " + org.apache.pdfbox.util.Version.getVersion();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private final ConvertLimits limits;

    PdfConverter(ConvertLimits limits) {
        this.limits = limits;
    }

    Conversion convert(byte[] bytes) {
        if (!endsWithEof(bytes)) {
            throw ConversionFailure.of(400, "pdf", "The PDF is truncated or corrupt: it has no %%EOF marker at its end.");
        }
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(limits.maxMainMemoryBytes(), limits.maxDecompressedBytes()).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw ConversionFailure.of(400, "pdf", "The PDF is corrupt: it has no pages.");
            }
            if (pages > limits.maxPages()) {
                throw ConversionFailure.of(413, "max-pages", "The PDF has " + pages + " pages; at most "
                        + limits.maxPages() + " are read.");
            }
            checkDecompressedSize(doc);
            Collector collector = new Collector(System.nanoTime() + limits.maxTime().toNanos());
            collector.setSortByPosition(true);
            collector.getText(doc);
            return assemble(collector.pages, collector.folded);
        } catch (InvalidPasswordException e) {
            throw ConversionFailure.of(422, "encrypted", "The PDF is encrypted and needs a password to open;"
                    + " remove the protection first.");
        } catch (TooSlow e) {
            throw ConversionFailure.of(422, "max-time", "The PDF took longer than " + limits.maxTime().toSeconds()
                    + " s to convert.");
        } catch (io.themescope.web.ApiValidationException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw ConversionFailure.of(400, "pdf", "The PDF is corrupt and cannot be read.");
        }
    }

    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** Reads every page's content streams once, counting, so a stream that inflates to gigabytes is refused early. */
    private void checkDecompressedSize(PDDocument doc) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        for (PDPage page : doc.getPages()) {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                try (InputStream in = streams.next().createInputStream()) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limits.maxDecompressedBytes()) {
                            throw ConversionFailure.of(413, "max-decompressed-size", "The PDF's pages decompress"
                                    + " to more than " + limits.maxDecompressedBytes() + " bytes.");
                        }
                    }
                }
            }
        }
    }

    private Conversion assemble(List<List<PageLayout.Line>> rawPages, int folded) {
        List<List<PageLayout.Line>> pages = RunningLines.mutable(rawPages);
        boolean anyText = pages.stream().anyMatch(p -> !p.isEmpty());
        if (!anyText) {
            throw ConversionFailure.of(422, "text-layer", "The PDF has no text layer: OCR it first.");
        }
        RunningLines.Removed removed = RunningLines.remove(pages);
        Set<String> words = new HashSet<>();
        for (List<PageLayout.Line> page : pages) {
            for (PageLayout.Line line : page) {
                String t = line.text();
                // words away from the line end: the last word may be a hyphenation fragment
                String body = t.endsWith("-") ? t.substring(0, Math.max(0, t.lastIndexOf(' ') + 1)) : t;
                Matcher m = WORD.matcher(body);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int joined = 0;
        int kept = 0;
        PageLayout.Line previous = null;
        float spacing = 0;
        for (List<PageLayout.Line> page : pages) {
            spacing = lineSpacing(page, spacing);
            boolean pageStart = true;
            for (PageLayout.Line line : page) {
                String text = line.text();
                if (previous == null) {
                    starts.add(out.length());
                    out.append(text);
                } else {
                    boolean paragraph = breaksParagraph(previous, line, pageStart, spacing);
                    String before = out.toString();
                    if (!paragraph && endsWithHyphen(before)) {
                        String left = lastFragment(before);
                        String right = firstFragment(text);
                        if (Hyphenation.join(left, right, words)) {
                            out.setLength(out.length() - 1);
                            joined++;
                        } else {
                            kept++;
                        }
                        if (pageStart) {
                            starts.add(out.length());
                        }
                    } else {
                        out.append(paragraph ? "\n\n" : " ");
                        if (pageStart) {
                            starts.add(out.length());
                        }
                    }
                    out.append(text);
                }
                previous = line;
                pageStart = false;
            }
            if (pageStart) {
                starts.add(out.length()); // a page without text starts where the next one does
            }
            if (out.length() > limits.maxCharacters()) {
                throw ConversionFailure.of(413, "max-characters", "The PDF's text has more than "
                        + limits.maxCharacters() + " characters.");
            }
        }
        List<String> notes = new ArrayList<>();
        int n = pages.size();
        if (joined > 0) {
            notes.add("joined " + joined + " hyphenated line break" + (joined == 1 ? "" : "s"));
        }
        if (kept > 0) {
            notes.add("kept the hyphen at " + kept + " line end" + (kept == 1 ? "" : "s"));
        }
        if (removed.headerPages() > 0) {
            notes.add("removed a running header on " + removed.headerPages() + " of " + n + " pages");
        }
        if (removed.footerPages() > 0) {
            notes.add("removed a running footer on " + removed.footerPages() + " of " + n + " pages");
        }
        if (removed.pageNumberPages() > 0) {
            notes.add("removed page numbers on " + removed.pageNumberPages() + " of " + n + " pages");
        }
        if (folded > 0) {
            notes.add("folded " + folded + " ligature" + (folded == 1 ? "" : "s") + " and compatibility characters");
        }
        int empty = (int) rawPages.stream().filter(List::isEmpty).count();
        if (empty > 0) {
            notes.add(empty + " of " + n + " pages have no text layer");
        }
        return new Conversion("pdf", "application/pdf", out.toString(), List.copyOf(starts), VERSION, List.copyOf(notes),
                null, null);
    }

    /** The usual distance between baselines on a page (the median), or the previous page's. */
    private static float lineSpacing(List<PageLayout.Line> page, float fallback) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < page.size(); i++) {
            PageLayout.Line a = page.get(i - 1);
            PageLayout.Line b = page.get(i);
            if (a.block() == b.block() && b.y() > a.y()) {
                gaps.add(b.y() - a.y());
            }
        }
        if (gaps.isEmpty()) {
            return fallback;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }

    /**
     * A paragraph ends at a wide vertical gap within a column, at a full-width line, or where a new
     * column or page begins after a line that ends a sentence; otherwise the text runs on.
     */
    private static boolean breaksParagraph(PageLayout.Line previous, PageLayout.Line line, boolean pageStart,
                                           float spacing) {
        if (previous.fullWidth() != line.fullWidth() || (line.fullWidth() && previous.block() != line.block()
                && !pageStart)) {
            return true;
        }
        if (pageStart || previous.block() != line.block()) {
            return endsSentence(previous.text());
        }
        float gap = line.y() - previous.y();
        float usual = spacing > 0 ? spacing : previous.fontSize() * 1.2f;
        return gap > usual * 1.5f || gap < 0;
    }

    private static boolean endsSentence(String text) {
        return text.matches(".*[.!?:;]['\"’”)]*$");
    }

    private static boolean endsWithHyphen(String s) {
        return s.length() >= 2 && (s.endsWith("-") || s.endsWith("\u00AD") || s.endsWith("\u2010"))
                && Character.isLetter(s.charAt(s.length() - 2));
    }

    private static String lastFragment(String s) {
        int end = s.length() - 1;
        int i = end;
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i, end);
    }

    private static String firstFragment(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i == 0 && !s.isEmpty() ? s.substring(0, 1) : s.substring(0, i);
    }

    private static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    /** Collects each page's glyphs instead of writing text, then lays them out. */
    private static final class Collector extends PDFTextStripper {
        private final long deadline;
        private final List<List<PageLayout.Line>> pages = new ArrayList<>();
        private final List<PageLayout.Glyph> glyphs = new ArrayList<>();
        private int folded;

        Collector(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new TooSlow();
            }
            glyphs.clear();
            super.processPage(page);
            pages.add(PageLayout.layout(glyphs));
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String unicode = t.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                return;
            }
            if (glyphs.size() % 4096 == 0 && System.nanoTime() > deadline) {
                throw new TooSlow();
            }
            String folded = Normalizer.normalize(unicode, Normalizer.Form.NFKC);
            if (!folded.equals(unicode) && !unicode.isBlank()) {
                this.folded++;
            }
            glyphs.add(new PageLayout.Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt(),
                    folded));
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
        }

        @Override
        public void writeText(PDDocument doc, Writer outputStream) throws IOException {
            super.writeText(doc, outputStream);
        }
    }
}

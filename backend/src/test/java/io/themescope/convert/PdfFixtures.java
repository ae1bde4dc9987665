package io.themescope.convert;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes test PDFs at test time with PDFBox: text placed line by line at exact positions in
 * Helvetica, whose encoding maps code 31 to the "fi" ligature glyph, so a fixture can hold a real
 * ligature; an encrypted copy, and a "scan" that is an image without text.
 */
public final class PdfFixtures {

    /** One line of text at (x, y) in points from the bottom left, in {@code size} pt. */
    public record Text(float x, float y, float size, String text) {
    }

    private PdfFixtures() {
    }

    public static Text at(float x, float y, String text) {
        return new Text(x, y, 10, text);
    }

    public static byte[] pdf(List<List<Text>> pages) {
        try (PDDocument doc = build(pages)) {
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encrypted(List<List<Text>> pages) {
        try (PDDocument doc = build(pages)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] scan(int pages) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 60; x++) {
                image.setRGB(x, x, 0xffffff);
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, image), 50, 50, 500, 700);
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument build(List<List<Text>> pages) throws IOException {
        PDDocument doc = new PDDocument();
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, "Helvetica");
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(31));
        differences.add(COSName.getPDFName("fi"));
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        for (List<Text> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            StringBuilder content = new StringBuilder();
            for (Text t : lines) {
                content.append("BT /F1 ").append(t.size()).append(" Tf ").append(t.x()).append(' ').append(t.y())
                        .append(" Td (").append(escape(t.text())).append(") Tj ET\n");
            }
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.toString()
                    .getBytes(StandardCharsets.ISO_8859_1)), COSName.FLATE_DECODE));
            doc.addPage(page);
        }
        return doc;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '(', ')' -> out.append('\\').append(c);
                case '\uFB01' -> out.append("\\037");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** Lines of one column from the top: {@code x}, first baseline {@code y}, 12 pt apart. */
    public static List<Text> column(float x, float y, String... lines) {
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                out.add(at(x, y - 12 * i, lines[i]));
            }
        }
        return out;
    }
}

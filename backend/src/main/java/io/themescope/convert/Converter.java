package io.themescope.convert;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The one entry point for uploaded files: sniffs the bytes, checks them against the declared type
 * and hands them to the PDF, HTML or text converter. Shared by the HTTP upload and the CLI import,
 * so both read a file the same way and refuse the same files with the same words.
 */
public final class Converter {

    private final ConvertLimits limits;

    public Converter(ConvertLimits limits) {
        this.limits = limits;
    }

    /**
     * @param declaredType the media type the client gave (may be null or application/octet-stream)
     * @param fileName     only used to tell Markdown from plain text, never to choose a converter
     */
    public Conversion convert(byte[] bytes, String declaredType, String fileName) {
        if (bytes.length == 0) {
            throw ConversionFailure.of(400, "not-empty", "The file is empty.");
        }
        String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        String charset = charsetOf(declaredType);
        Sniffer.Kind kind = Sniffer.sniff(bytes);
        Sniffer.Kind wanted = switch (declared) {
            case "", "application/octet-stream" -> kind;
            case "application/pdf", "application/x-pdf" -> Sniffer.Kind.PDF;
            case "text/html", "application/xhtml+xml" -> Sniffer.Kind.HTML;
            case "text/plain", "text/markdown", "text/x-markdown" -> Sniffer.Kind.TEXT;
            default -> throw ConversionFailure.of(415, "media-type", "The file's declared type " + declared
                    + " is not supported; send a PDF (application/pdf), HTML (text/html) or text (text/plain,"
                    + " text/markdown).");
        };
        if (!matches(wanted, kind)) {
            throw ConversionFailure.of(415, "matches-declared-type", "The file is declared as " + declared
                    + " but its bytes are " + describe(kind) + ".");
        }
        return switch (wanted) {
            case PDF -> new PdfConverter(limits).convert(bytes);
            case HTML -> new HtmlConverter(limits).convert(bytes, charset);
            case TEXT -> text(bytes, declared, fileName);
            case BINARY -> throw ConversionFailure.of(415, "media-type", "The file is neither PDF, HTML nor"
                    + " UTF-8 text.");
        };
    }

    private static boolean matches(Sniffer.Kind wanted, Sniffer.Kind actual) {
        return wanted == actual
                // HTML is text too; text that merely starts with a tag is still declared text
                || (wanted == Sniffer.Kind.HTML && actual == Sniffer.Kind.TEXT)
                || (wanted == Sniffer.Kind.TEXT && actual == Sniffer.Kind.HTML);
    }

    private static String describe(Sniffer.Kind kind) {
        return switch (kind) {
            case PDF -> "a PDF";
            case HTML -> "HTML";
            case TEXT -> "plain text";
            case BINARY -> "neither PDF, HTML nor UTF-8 text";
        };
    }

    private Conversion text(byte[] bytes, String declared, String fileName) {
        if (!Sniffer.isText(bytes)) {
            throw ConversionFailure.of(400, "utf-8", "The text file is not valid UTF-8.");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.length() > limits.maxCharacters()) {
            throw ConversionFailure.of(413, "max-characters", "The text has more than " + limits.maxCharacters()
                    + " characters.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean markdown = declared.contains("markdown") || name.endsWith(".md") || name.endsWith(".markdown");
        return new Conversion(markdown ? "markdown" : "text", markdown ? "text/markdown" : "text/plain",
                text, null, "themescope " + version(), List.of(), null, null);
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String p : contentType.split(";")) {
            String t = p.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return t.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    static String version() {
        String v = Converter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

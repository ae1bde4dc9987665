package io.themescope.convert;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what a file is from its bytes (a PDF header, an HTML start, valid text), never from its
 * name, and checks that the type a client declared is what the bytes are: a renamed image or a PDF
 * posted as text/html is refused rather than converted into nonsense.
 */
final class Sniffer {

    enum Kind { PDF, HTML, TEXT, BINARY }

    private Sniffer() {
    }

    static Kind sniff(byte[] bytes) {
        int head = Math.min(bytes.length, 1024);
        String start = new String(bytes, 0, head, StandardCharsets.ISO_8859_1);
        if (start.contains("%PDF-")) {
            return Kind.PDF;
        }
        String lower = start.toLowerCase(Locale.ROOT);
        String trimmed = lower.replaceFirst("^(\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)?\\s*", "");
        if (trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html") || trimmed.startsWith("<head")
                || trimmed.startsWith("<body") || lower.contains("<html") || (trimmed.startsWith("<")
                && (lower.contains("<body") || lower.contains("<p>") || lower.contains("<div")))) {
            return Kind.HTML;
        }
        return isText(bytes) ? Kind.TEXT : Kind.BINARY;
    }

    /** Valid UTF-8 without NUL or other control bytes than tab, line feed, carriage return and form feed. */
    static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

package io.themescope.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identities for documents. The content hash is taken over the text with every run of
 * whitespace collapsed to one space and the ends trimmed, so re-wrapped copies of the same text
 * are one document; the id adds the meeting, so one text filed under two meetings is two documents.
 */
final class DocumentIds {

    private DocumentIds() {
    }

    static String contentHash(String text) {
        return sha256(text.strip().replaceAll("(?U)\\s+", " "));
    }

    static String documentId(String meetingId, String contentHash) {
        return "doc-" + sha256(meetingId + "\n" + contentHash).substring(0, 20);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.themescope.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids and content hashes worked out from their documented definition, so tests pin the
 * scheme (changing it would orphan every stored id): the content hash is SHA-256 of the text with
 * whitespace runs collapsed to one space and the ends trimmed; the id is "doc-" and the first 20 hex
 * digits of SHA-256 over the meeting id, a newline and that hash.
 */
public final class DocumentIdsByHand {

    private DocumentIdsByHand() {
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String contentHash(String text) {
        return sha256(text.strip().replaceAll("\\s+", " "));
    }

    public static String id(String meetingId, String text) {
        return "doc-" + sha256(meetingId + "\n" + contentHash(text)).substring(0, 20);
    }
}

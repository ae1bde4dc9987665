package io.themescope.ingest;

import io.themescope.convert.Conversion;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The original file a document was converted from, kept with the document so an analyst can check
 * the text against it and every mention can name its page. The SHA-256 is of the bytes as uploaded.
 */
public record Source(byte[] bytes, String fileName, Conversion conversion) {

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

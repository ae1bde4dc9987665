package io.themescope.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The configured API keys, held only as SHA-256 digests. A presented key is hashed and compared
 * with every digest in constant time, and the loop never stops early, so neither the match position
 * nor a shared prefix shows in the response time. Entries are plain keys or {@code sha256:<hex>}.
 */
public final class ApiKeys {

    static final int MIN_PLAIN_LENGTH = 16;
    private static final String PREFIX = "sha256:";

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    /**
     * Parses a comma-separated list; blanks between commas are ignored. Throws
     * {@link IllegalArgumentException} naming the entry's position and the broken rule.
     */
    public static ApiKeys parse(String spec) {
        List<byte[]> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return new ApiKeys(out);
        }
        String[] entries = spec.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                String hex = entry.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
                if (!hex.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("entry " + (i + 1)
                            + " starts with sha256: but is not followed by 64 hexadecimal digits");
                }
                out.add(HexFormat.of().parseHex(hex));
            } else {
                if (entry.length() < MIN_PLAIN_LENGTH) {
                    throw new IllegalArgumentException("entry " + (i + 1) + " is shorter than "
                            + MIN_PLAIN_LENGTH + " characters; use a longer random key");
                }
                out.add(sha256(entry));
            }
        }
        return new ApiKeys(out);
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    /** True when {@code presented} is one of the keys. */
    public boolean matches(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = sha256(presented);
        boolean found = false;
        for (byte[] d : digests) {
            found |= MessageDigest.isEqual(d, candidate);
        }
        return found;
    }

    /** The hex digest to put in {@code THEMESCOPE_API_KEYS} instead of the key itself. */
    public static String digestOf(String key) {
        return PREFIX + HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

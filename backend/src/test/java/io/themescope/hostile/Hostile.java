package io.themescope.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Query values a careless or malicious client sends: SQL and escape tricks, control characters,
 * 10,000-character strings, numbers no parser expects, odd Unicode (including lone surrogates and
 * overlong forms sent as raw percent-encoded bytes), empty values, forged cursors and some valid ones.
 */
final class Hostile {

    /** A value as it is shown in a failure, and as it goes on the wire (already percent-encoded). */
    record Value(String shown, String encoded) {
        @Override
        public String toString() {
            return shown.length() > 80 ? shown.substring(0, 80) + "…(" + shown.length() + " chars)" : shown;
        }
    }

    private static final List<String> CATALOG = List.of(
            "", " ", "'", "\"", "\\", "\\'", "''", "'; DROP TABLE documents; --", "\\'; DROP TABLE documents; --",
            "ADMM') OR 1=1 --", "ADMM\\') OR 1=1) UNION ALL SELECT name FROM system.tables --", "%", "%25", "%00",
            "+", "&", "=", ",", ",,,", "a,,b, ,c", "{0}", "?", "${x}", "<script>alert(1)</script>", "../../etc/passwd",
            "\u0000", "a\u0000b", "\u0001\u0002\u001b[2J\u007f", "\r\n", "line\nbreak", "\t",
            "\u202eLA", "LA\u202e", "\u200bLA", "L\u0301A\u0301", "e\u0301\u0301\u0301", "\uD83D\uDE00",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uFEFF2016",
            "２０１６", "３", "٢٠١٦", "²", "Ⅻ", "ＬＡ", "ｙｅａｒ",
            "-1", "0", "-0", "00000000000000000000001", "2147483647", "2147483648", "-2147483649",
            "9223372036854775808", "99999999999999999999999999999999", "1e3", "1E400", "-1e-400", "0x10", "1_000",
            "+5", " 5 ", "5.0", "3,5", "NaN", "-NaN", "Infinity", "-Infinity", "∞",
            "0000", "0001-01-01", "1582-10-10", "1969-12-31", "2149-06-07", "9999", "9999-12-31", "+99999-01-01",
            "-2016", "2016-02-30", "2016-13-01", "2016-05-25T00:00", "2016-Q5", "2016-Q0", "2016-00",
            "year", "meeting", "arms-race", "LA", "csv", "parquet", "true", "2016", "admm-8");

    /** Byte sequences no UTF-8 decoder should accept, percent-encoded as a client may send them. */
    private static final List<String> RAW_BYTES = List.of("%ED%A0%80", "%ED%B0%80", "%ED%A0%BD%ED%B8%80", "%C0%AF",
            "%C0%80", "%E0%80%AF", "%F0%80%80%AF", "%F4%90%80%80", "%FF", "%FE%FF", "%80", "%EF%BB%BF", "a%C3");

    private Hostile() {
    }

    static Arbitrary<Value> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(CATALOG).map(Hostile::plain)),
                Tuple.of(2, Arbitraries.of(RAW_BYTES).map(b -> new Value(b + " (raw bytes)", b))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40).map(Hostile::plain)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8)
                        .map(Hostile::plain)),
                Tuple.of(1, longStrings()),
                Tuple.of(1, numbers()),
                Tuple.of(1, forgedCursors()),
                Tuple.of(1, Arbitraries.of(CATALOG).list().ofMinSize(2).ofMaxSize(5)
                        .map(parts -> plain(String.join(",", parts)))));
    }

    /** 10,000 characters: one repeated, random ones from all of UTF-16, or a comma-separated list. */
    private static Arbitrary<Value> longStrings() {
        return Arbitraries.oneOf(
                Arbitraries.of("a", "'", "\\", "\u0000", "\uD83D\uDE00", "é", ",", "%").map(s -> plain(s.repeat(10_000 / s.length()))),
                Arbitraries.strings().all().ofLength(10_000).map(Hostile::plain),
                Arbitraries.integers().between(0, 9999).list().ofSize(2_000)
                        .map(ns -> plain(String.join(",", ns.stream().map(n -> "x" + n).toList()))));
    }

    private static Arbitrary<Value> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.integers().between(-5, 30).map(String::valueOf)).map(Hostile::plain);
    }

    /** Base64url of the cursor's shape with hostile parts: decodable, but not a cursor the API issued. */
    private static Arbitrary<Value> forgedCursors() {
        Arbitrary<String> date = Arbitraries.of("2016-05-25", "0000-01-01", "1969-12-31", "+99999-01-01", "2149-06-07");
        Arbitrary<String> part = Arbitraries.of(CATALOG);
        Arbitrary<String> start = Arbitraries.of("0", "-1", "2147483647", "4294967296", "1e3");
        return net.jqwik.api.Combinators.combine(date, part, start, part)
                .as((d, id, s, theme) -> "v1\n" + d + "\n" + id + "\n" + s + "\n" + theme)
                .map(raw -> new Value("cursor " + raw.replace("\n", "|"),
                        Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8))));
    }

    static Value plain(String s) {
        return new Value(s, encode(s));
    }

    /**
     * Percent-encodes every byte but the unreserved ones. A lone surrogate, which UTF-8 cannot carry,
     * goes as its three-byte (WTF-8) form, as a broken client would send it, not as '?'.
     */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            byte[] bytes = Character.isSurrogate((char) cp) && cp <= 0xFFFF
                    ? new byte[] {(byte) (0xE0 | cp >> 12), (byte) (0x80 | (cp >> 6 & 0x3F)), (byte) (0x80 | (cp & 0x3F))}
                    : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                char c = (char) (b & 0xFF);
                if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                    out.append(c);
                } else {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }
}

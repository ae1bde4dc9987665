package io.themescope.themes;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Classifies and folds single characters for matching, word counting and sentence splitting.
 * Every character is folded on its own (compatibility decomposition, combining marks dropped,
 * full case folding), which equates at least what NFKC plus case folding equates while keeping a
 * link from each folded character back to exactly one original character, so offsets stay exact.
 * The BMP is tabulated once; characters outside it are classified on demand.
 */
final class CharClass {

    static final byte OTHER = 0;
    /** Letters and combining marks; marks fold to nothing but never split a word. */
    static final byte LETTER = 1;
    static final byte DIGIT = 2;
    /** Horizontal white space, including no-break spaces. */
    static final byte SPACE = 3;
    /** A single line break; two in a row (blank line) make a paragraph break. */
    static final byte BREAK = 4;
    /** U+2029, a paragraph break on its own. */
    static final byte PARAGRAPH = 5;
    /** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, minus sign. */
    static final byte HYPHEN = 6;
    /** Em dash and horizontal bar: separate words, but may sit inside a phrase like a hyphen. */
    static final byte DASH = 7;
    /** Straight and typographic apostrophes and single quotes. */
    static final byte APOSTROPHE = 8;
    static final byte PERIOD = 9;
    static final byte COMMA = 10;
    static final byte AMPERSAND = 11;
    /** Format characters (soft hyphen, zero-width space and joiners, BOM): invisible, skipped. */
    static final byte IGNORABLE = 12;
    /** A UTF-16 surrogate: the code point must be assembled and classified on demand. */
    static final byte SURROGATE = 13;

    private static final byte[] CLASS = new byte[65536];
    /** The folded form when it is exactly one character, else 0. */
    private static final char[] FOLD = new char[65536];
    /** The folded form when it is empty or longer than one character, else null. */
    private static final String[] FOLD_LONG = new String[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            if (Character.isSurrogate((char) c)) {
                CLASS[c] = SURROGATE;
                continue;
            }
            byte cls = classify(c);
            CLASS[c] = cls;
            if (cls == LETTER || cls == DIGIT) {
                String f = fold(c);
                if (f.length() == 1) {
                    FOLD[c] = f.charAt(0);
                } else {
                    FOLD_LONG[c] = f;
                }
            }
        }
    }

    private CharClass() {
    }

    /** Class of a BMP character; {@link #SURROGATE} for either half of a surrogate pair. */
    static byte of(char c) {
        return CLASS[c];
    }

    static boolean isWord(byte cls) {
        return cls == LETTER || cls == DIGIT;
    }

    /** Single-character fold of a letter or digit, or 0 when {@link #foldLong} applies. */
    static char fold1(char c) {
        return FOLD[c];
    }

    static String foldLong(char c) {
        return FOLD_LONG[c];
    }

    /** Class of any code point, supplementary ones included. */
    static byte ofCodePoint(int cp) {
        if (cp < 65536) {
            return CLASS[cp];
        }
        return classify(cp);
    }

    /** Fold of a letter or digit code point (empty for combining marks). */
    static String foldCodePoint(int cp) {
        if (cp < 65536) {
            char f = FOLD[cp];
            return f != 0 ? String.valueOf(f) : FOLD_LONG[cp];
        }
        return fold(cp);
    }

    /**
     * Class of the character at {@code i}, assembling a surrogate pair when one starts there.
     * A lone surrogate, or a pair cut by {@code limit}, is {@link #OTHER}.
     */
    static byte at(char[] b, int i, int limit) {
        byte cls = CLASS[b[i]];
        if (cls != SURROGATE) {
            return cls;
        }
        if (Character.isHighSurrogate(b[i]) && i + 1 < limit && Character.isLowSurrogate(b[i + 1])) {
            return classify(Character.toCodePoint(b[i], b[i + 1]));
        }
        return OTHER;
    }

    /** Number of chars taken by the character at {@code i} (2 for a complete surrogate pair). */
    static int width(char[] b, int i, int limit) {
        return Character.isHighSurrogate(b[i]) && i + 1 < limit && Character.isLowSurrogate(b[i + 1]) ? 2 : 1;
    }

    /** Folded form of a whole string as matching sees it: only letters and digits, folded. */
    static String foldWord(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isWord(ofCodePoint(cp))) {
                out.append(foldCodePoint(cp));
            }
        }
        return out.toString();
    }

    private static byte classify(int cp) {
        switch (cp) {
            case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028:
                return BREAK;
            case 0x2029:
                return PARAGRAPH;
            case '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D:
                return HYPHEN;
            case 0x2014, 0x2015, 0x2E3A, 0x2E3B, 0xFE58:
                return DASH;
            case '\'', 0x2018, 0x2019, 0x201B, 0x02BC, 0xFF07:
                return APOSTROPHE;
            case '.', 0xFE52, 0xFF0E:
                return PERIOD;
            case ',', 0xFE50, 0xFF0C:
                return COMMA;
            case '&', 0xFE60, 0xFF06:
                return AMPERSAND;
            default:
                break;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return IGNORABLE;
        }
        if (type == Character.SPACE_SEPARATOR || Character.isWhitespace(cp)) {
            return SPACE;
        }
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return LETTER;
        }
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return OTHER;
        }
        String f = fold(cp);
        if (f.isEmpty()) {
            return Character.isLetterOrDigit(cp) ? LETTER : OTHER;
        }
        boolean digits = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return OTHER;
            }
            digits &= Character.isDigit(c);
        }
        return digits ? DIGIT : LETTER;
    }

    /** NFKD, case folded, NFKD again (case mappings may recompose), combining marks dropped. */
    private static String fold(int cp) {
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }
}

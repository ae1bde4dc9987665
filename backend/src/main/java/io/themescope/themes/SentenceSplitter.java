package io.themescope.themes;

import java.util.Set;

/**
 * Finds where sentences end, looking only a bounded distance ahead so that a stream can be cut
 * into sentences as it arrives and give the same cuts as the whole text. A sentence ends at a blank
 * line, before a line that starts with a list marker ("2.", "(b)", "iv)", a bullet), at '!' or '?',
 * at an ideographic full stop, at an ellipsis before a capital, or at a period followed by white
 * space unless the word before it is an abbreviation or the sentence's own list marker: titles and
 * reference words ("Dr.", "Gen.", "No. 5", "e.g.") never end one; initials, months and "Inc."
 * ("U.S.", "Jan.") end one only before a typical sentence opener ("The", "This", "We" ...); any
 * other period ends one unless a lower-case word follows. Decimals ("3.5") and dotted names never
 * see white space after the period. A run of {@link #MAX_SENTENCE} characters without an end is cut
 * at its last line break or space, so memory stays bounded whatever the input.
 */
final class SentenceSplitter {

    static final int NEED_MORE = -1;
    static final int MAX_SENTENCE = 10_000;

    private static final int NOT_END = 0;
    private static final int END = 1;
    private static final int MAX_SPACE_LOOKAHEAD = 256;
    private static final int MAX_WORD_LOOKAHEAD = 32;
    private static final int MAX_RUN = 16;
    private static final int MAX_TOKEN = 16;

    /** Abbreviations that precede a name or number and never end a sentence. */
    private static final Set<String> NEVER_END = Set.of(
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "cdr", "cmdr", "comdr",
        "adm", "brig", "sgt", "cpl", "pte", "pvt", "gov", "sen", "rep", "hon", "rev", "rt", "st", "no", "nos",
        "art", "arts", "para", "paras", "sec", "ch", "vol", "vols", "fig", "figs", "pp", "pg", "e.g", "i.e",
        "cf", "vs", "viz", "approx", "ca", "dept", "govt", "assn", "est");

    /** Abbreviations that often close a sentence too: they end one only before a sentence opener. */
    private static final Set<String> WEAK_END = Set.of(
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "jr", "sr", "ret", "al", "bros");

    /** Capitalised words that start sentences far more often than they follow an abbreviation. */
    private static final Set<String> OPENERS = Set.of(
        "the", "this", "these", "those", "that", "it", "its", "we", "they", "he", "she", "there", "their", "our",
        "his", "her", "in", "on", "at", "as", "a", "an", "however", "moreover", "furthermore", "also", "but",
        "both", "all", "each", "such", "while", "with", "for", "to", "following", "after", "before", "during",
        "since", "given", "further", "additionally", "meanwhile", "nevertheless", "accordingly", "therefore",
        "thus", "finally", "first", "second", "third");

    /** What a character means to the splitter: nothing, blank, line break, or a possible end. */
    private static final byte PLAIN = 0;
    private static final byte BLANK = 1;
    private static final byte LINE = 2;
    private static final byte STOP = 3;
    private static final byte[] KIND = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            byte cls = CharClass.of((char) c);
            KIND[c] = isTerminator((char) c) ? STOP
                : cls == CharClass.BREAK || cls == CharClass.PARAGRAPH ? LINE
                : cls == CharClass.SPACE || cls == CharClass.IGNORABLE ? BLANK
                : PLAIN;
        }
    }

    private SentenceSplitter() {
    }

    /**
     * End (exclusive) of the sentence that starts at {@code from}, or {@link #NEED_MORE} when the
     * characters up to {@code limit} do not decide it yet. At end of input ({@code eof}) the
     * answer is never NEED_MORE, and is {@code limit} when no end was found.
     */
    static int segmentEnd(char[] b, int from, int limit, boolean eof) {
        int stop = (int) Math.min(limit, (long) from + MAX_SENTENCE);
        int i = from;
        while (i < stop && KIND[b[i]] != PLAIN && KIND[b[i]] != STOP) {
            i++;
        }
        while (true) {
            while (i < stop && KIND[b[i]] <= BLANK) {
                i++;
            }
            if (i >= limit) {
                return eof ? limit : NEED_MORE;
            }
            if (i - from >= MAX_SENTENCE) {
                return forcedCut(b, from, i);
            }
            char c = b[i];
            if (KIND[c] == LINE) {
                if (CharClass.of(c) == CharClass.PARAGRAPH) {
                    return i;
                }
                int blank = blankLineAfter(b, i, limit, eof);
                if (blank == NOT_END) {
                    blank = listItemAfter(b, i, limit, eof);
                }
                if (blank == NEED_MORE) {
                    return NEED_MORE;
                }
                if (blank == END) {
                    return i;
                }
                i++;
                continue;
            }
            int runEnd = i;
            boolean ideographic = false;
            while (runEnd < limit && runEnd - i < MAX_RUN && isTerminator(b[runEnd])) {
                ideographic |= isIdeographic(b[runEnd]);
                runEnd++;
            }
            int closeEnd = runEnd;
            while (closeEnd < limit && closeEnd - runEnd < MAX_RUN && isCloser(b[closeEnd])) {
                closeEnd++;
            }
            if (closeEnd >= limit) {
                return eof ? limit : NEED_MORE;
            }
            if (ideographic) {
                return closeEnd;
            }
            byte next = CharClass.of(b[closeEnd]);
            if (next == CharClass.SPACE || next == CharClass.BREAK || next == CharClass.PARAGRAPH) {
                int decision = decide(b, from, i, runEnd, closeEnd, limit, eof);
                if (decision == NEED_MORE) {
                    return NEED_MORE;
                }
                if (decision == END) {
                    return closeEnd;
                }
            }
            i = closeEnd;
        }
    }

    /** Whether the line break at {@code i} is followed by another one (blank line), maybe after spaces. */
    private static int blankLineAfter(char[] b, int i, int limit, boolean eof) {
        int k = i + 1;
        if (b[i] == '\r') {
            if (k >= limit) {
                return eof ? NOT_END : NEED_MORE;
            }
            if (b[k] == '\n') {
                k++;
            }
        }
        while (true) {
            if (k >= limit) {
                return eof ? NOT_END : NEED_MORE;
            }
            byte cls = CharClass.of(b[k]);
            if (cls == CharClass.BREAK || cls == CharClass.PARAGRAPH) {
                return END;
            }
            if (cls != CharClass.SPACE && cls != CharClass.IGNORABLE) {
                return NOT_END;
            }
            if (++k - i > MAX_SPACE_LOOKAHEAD) {
                return NOT_END;
            }
        }
    }

    /** Whether the line after the break at {@code i} starts with a list marker: "2.", "(b)", "iv)", "•". */
    private static int listItemAfter(char[] b, int i, int limit, boolean eof) {
        int k = i + 1;
        while (k < limit && k - i <= MAX_SPACE_LOOKAHEAD && (KIND[b[k]] == BLANK || b[k] == '\n')) {
            k++;
        }
        int markerEnd = Math.min(limit, k + 8);
        if (markerEnd - k < 8 && !eof) {
            return NEED_MORE;
        }
        if (k >= limit) {
            return NOT_END;
        }
        if (isBullet(b[k])) {
            return k + 1 < limit && KIND[b[k + 1]] == BLANK ? END : NOT_END;
        }
        boolean parenthesised = b[k] == '(';
        int tokenStart = parenthesised ? k + 1 : k;
        int j = tokenStart;
        while (j < markerEnd && CharClass.isWord(CharClass.of(b[j]))) {
            j++;
        }
        if (j == tokenStart || j + 1 >= markerEnd || !isListToken(b, tokenStart, j, parenthesised)) {
            return NOT_END;
        }
        boolean closed = parenthesised ? b[j] == ')' : b[j] == ')' || CharClass.of(b[j]) == CharClass.PERIOD;
        return closed && KIND[b[j + 1]] == BLANK ? END : NOT_END;
    }

    /**
     * One to three digits, one letter, or a roman numeral of up to five letters; letters must be
     * lower case unless {@code anyCase} (an upper-case "A." at a line start is more often an initial).
     */
    private static boolean isListToken(char[] b, int start, int end, boolean anyCase) {
        int n = end - start;
        boolean digits = true;
        boolean roman = true;
        boolean lower = true;
        for (int k = start; k < end; k++) {
            char c = b[k];
            digits &= c >= '0' && c <= '9';
            roman &= "ivxlcIVXLC".indexOf(c) >= 0;
            lower &= !Character.isUpperCase(c);
        }
        if (digits) {
            return n <= 3;
        }
        return (anyCase || lower) && (n == 1 && Character.isLetter(b[start]) || roman && n <= 5);
    }

    private static boolean isBullet(char c) {
        return switch (c) {
            case '\u2022', '\u25E6', '\u25AA', '\u2023', '\u25CF', '\u2043', '-', '*', '\u2013' -> true;
            default -> false;
        };
    }

    /** Decides a run of terminators [i, runEnd) followed by closers and then white space. */
    private static int decide(char[] b, int from, int i, int runEnd, int closeEnd, int limit, boolean eof) {
        int dots = 0;
        for (int k = i; k < runEnd; k++) {
            char c = b[k];
            if (c == '\u2026') {
                dots += 3;
            } else if (CharClass.of(c) == CharClass.PERIOD) {
                dots++;
            } else {
                return END;
            }
        }
        int k = closeEnd;
        int breaks = 0;
        while (true) {
            if (k >= limit) {
                return eof ? END : NEED_MORE;
            }
            byte cls = CharClass.of(b[k]);
            if (cls == CharClass.PARAGRAPH) {
                return END;
            }
            if (cls == CharClass.BREAK) {
                if (b[k] == '\r' && k + 1 >= limit && !eof) {
                    return NEED_MORE;
                }
                if (!(b[k] == '\r' && k + 1 < limit && b[k + 1] == '\n') && ++breaks >= 2) {
                    return END;
                }
            } else if (cls != CharClass.SPACE && cls != CharClass.IGNORABLE) {
                break;
            }
            if (++k - closeEnd > MAX_SPACE_LOOKAHEAD) {
                return END;
            }
        }
        for (int opened = 0; k < limit && opened < 4 && isOpener(b[k]); opened++) {
            k++;
        }
        if (k >= limit) {
            return eof ? END : NEED_MORE;
        }
        int wordStart = k;
        while (k < limit && k - wordStart < MAX_WORD_LOOKAHEAD && CharClass.isWord(CharClass.of(b[k]))) {
            k++;
        }
        if (k >= limit && !eof && k - wordStart < MAX_WORD_LOOKAHEAD) {
            return NEED_MORE;
        }
        char first = b[wordStart];
        boolean upper = Character.isUpperCase(first) || Character.isTitleCase(first);
        if (dots >= 2) {
            return upper ? END : NOT_END;
        }
        if (Character.isLowerCase(first)) {
            return NOT_END;
        }
        int tokenStart = tokenStart(b, from, i);
        if (tokenStart == i) {
            return END;
        }
        if (startsSentence(b, from, tokenStart) && isListToken(b, tokenStart, i, true)) {
            return NOT_END;
        }
        String token = token(b, tokenStart, i);
        if (NEVER_END.contains(token)) {
            return NOT_END;
        }
        if (WEAK_END.contains(token) || isInitialism(token)) {
            return upper && OPENERS.contains(CharClass.foldWord(new String(b, wordStart, k - wordStart))) ? END : NOT_END;
        }
        return END;
    }

    /** Start of the word (periods inside it included) that ends at {@code i}; {@code i} when none. */
    private static int tokenStart(char[] b, int from, int i) {
        int k = i;
        while (k > from && i - k <= MAX_TOKEN) {
            byte cls = CharClass.of(b[k - 1]);
            boolean inner = cls == CharClass.PERIOD && k < i && k - 2 >= from && CharClass.isWord(CharClass.of(b[k - 2]));
            if (!CharClass.isWord(cls) && !inner) {
                break;
            }
            k--;
        }
        return k;
    }

    /** The folded form of the token [k, i), periods kept; "" when too long to be an abbreviation. */
    private static String token(char[] b, int k, int i) {
        if (i - k > MAX_TOKEN) {
            return "";
        }
        char[] token = new char[i - k];
        boolean ascii = true;
        for (int j = k; j < i; j++) {
            char c = b[j];
            ascii &= c < 128;
            token[j - k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (ascii) {
            return new String(token);
        }
        StringBuilder folded = new StringBuilder(token.length);
        for (char c : token) {
            folded.append(CharClass.of(c) == CharClass.PERIOD ? "." : CharClass.foldWord(String.valueOf(c)));
        }
        return folded.toString();
    }

    /** Whether only blanks and opening brackets stand between {@code from} and {@code i}. */
    private static boolean startsSentence(char[] b, int from, int i) {
        for (int k = from; k < i; k++) {
            if (KIND[b[k]] != BLANK && KIND[b[k]] != LINE && b[k] != '(') {
                return false;
            }
        }
        return true;
    }

    /** "u", "u.s", "u.s.a": single letters, possibly joined by periods. */
    private static boolean isInitialism(String token) {
        for (int j = 0; j < token.length(); j++) {
            boolean letterPlace = j % 2 == 0;
            char c = token.charAt(j);
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return token.length() % 2 == 1;
    }

    private static int forcedCut(char[] b, int from, int i) {
        int lowest = from + MAX_SENTENCE / 2;
        for (int k = i - 1; k > lowest; k--) {
            byte cls = CharClass.of(b[k]);
            if (cls == CharClass.BREAK || cls == CharClass.PARAGRAPH) {
                return k;
            }
        }
        for (int k = i - 1; k > lowest; k--) {
            if (CharClass.of(b[k]) == CharClass.SPACE) {
                return k;
            }
        }
        return Character.isLowSurrogate(b[i]) && Character.isHighSurrogate(b[i - 1]) ? i - 1 : i;
    }

    static boolean isTerminator(char c) {
        return switch (c) {
            case '.', '!', '?', '\u2026', '\u203C', '\u2047', '\u2048', '\u2049', '\uFE52', '\uFF0E', '\uFF01', '\uFF1F',
                 '\u3002', '\uFF61' -> true;
            default -> false;
        };
    }

    private static boolean isIdeographic(char c) {
        return c == '\u3002' || c == '\uFF61' || c == '\uFF01' || c == '\uFF1F';
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case ')', ']', '}', '"', '\'', '\u2019', '\u201D', '\u00BB', '\u203A', '\u300D', '\u300F', '\uFF09', '\uFF3D' -> true;
            default -> false;
        };
    }

    private static boolean isOpener(char c) {
        return switch (c) {
            case '(', '[', '{', '"', '\'', '\u2018', '\u201C', '\u00AB', '\u2039', '\u300C', '\u300E', '\uFF08' -> true;
            default -> false;
        };
    }
}

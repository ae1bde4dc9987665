package io.themescope.themes;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One extraction run: reads characters into a bounded buffer, cuts them into sentences, counts
 * words and walks the phrase trie from every place a match may start, all in a single forward pass
 * per sentence. A walk skips spaces, one line break, hyphens, dashes, apostrophes, format characters
 * and abbreviation periods between letters (at most {@link #MAX_GAP} in a row), so phrases match
 * across those; commas and '&' are read as ',' and "and"; any other punctuation stops it, and it
 * never leaves its sentence. From each start the longest key that ends at a word end wins, provided
 * no exclude of the same theme covers it; a winner hides the starts inside it. Not thread-safe:
 * every run gets its own instance.
 */
final class Scanner {

    /** Where characters come from: a Reader or an in-memory text. */
    @FunctionalInterface
    interface Source {
        int read(char[] dst, int off, int len) throws IOException;
    }

    static final int CHUNK = 1 << 16;
    /** Longest run of gap characters (spaces, hyphens ...) allowed between two words of a phrase. */
    static final int MAX_GAP = 64;

    private final PhraseTrie trie;
    private final String[] themeIds;
    private final Consumer<? super Mention> sink;
    private final long[] counts;
    private int wordState = WordCounter.OUT;
    private long words;

    private int[] acceptEnd = new int[32];
    private int[] acceptNode = new int[32];
    private int accepts;

    private final ExcludeSpans excludes = new ExcludeSpans();
    private final Expressions expressions;
    private long consumedUntil;

    private char[] buf;
    private long base;
    private int segmentStart;
    private int segmentEnd;
    private Sentence sentence;

    Scanner(PhraseTrie trie, String[] themeIds, java.util.Set<String>[] yielding, Consumer<? super Mention> sink) {
        this.trie = trie;
        this.themeIds = themeIds;
        this.sink = sink;
        this.counts = new long[themeIds.length];
        this.expressions = new Expressions(this, yielding);
    }

    /** Global offset of buffer position 0 for the current sentence. */
    long base() {
        return base;
    }

    long words() {
        return words;
    }

    long[] counts() {
        return counts;
    }

    /** Processes the whole source; {@code sizeHint} (when known) keeps small texts in small buffers. */
    void run(Source source, long sizeHint) throws IOException {
        int capacity = CHUNK + SentenceSplitter.MAX_SENTENCE + 1024;
        if (sizeHint >= 0 && sizeHint < capacity) {
            capacity = (int) sizeHint + 1;
        }
        char[] b = new char[capacity];
        int len = 0;
        int from = 0;
        long offset = 0;
        boolean eof = false;
        while (true) {
            while (true) {
                int end = SentenceSplitter.segmentEnd(b, from, len, eof);
                if (end == SentenceSplitter.NEED_MORE || end == from) {
                    break;
                }
                segment(b, from, end, offset);
                from = end;
            }
            if (eof) {
                return;
            }
            if (from > 0) {
                System.arraycopy(b, from, b, 0, len - from);
                len -= from;
                offset += from;
                from = 0;
            }
            if (len == b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, CHUNK));
            }
            int n = source.read(b, len, b.length - len);
            if (n < 0) {
                eof = true;
            } else {
                len += n;
            }
        }
    }

    private void segment(char[] b, int start, int end, long offset) {
        buf = b;
        base = offset;
        segmentStart = start;
        segmentEnd = end;
        sentence = null;
        int state = wordState;
        long count = words;
        int i = start;
        while (i < end) {
            byte cls = CharClass.of(b[i]);
            // the two commonest steps change nothing: a letter inside a word, a space between words
            // (a capital right after a lower-case letter is a word glued on by a lost space, and
            // may start a match: "DefenceCooperation")
            if (cls == CharClass.LETTER && state == WordCounter.IN_LETTERS && !isCamelStart(b, i)
                    || cls == CharClass.SPACE && state == WordCounter.OUT) {
                i++;
                continue;
            }
            int width = 1;
            if (cls == CharClass.SURROGATE) {
                cls = CharClass.at(b, i, end);
                width = CharClass.width(b, i, end);
            }
            int flags = cls == CharClass.LETTER && state == WordCounter.IN_LETTERS ? WordCounter.MATCH_START : 0;
            int t = WordCounter.next(state, cls);
            state = t & 15;
            flags |= t >>> 4;
            if (flags != 0) {
                count += flags & WordCounter.WORD_START;
                if ((flags & WordCounter.MATCH_START) != 0) {
                    walk(b, i, end);
                    if (accepts > 0) {
                        resolve(b, i);
                    }
                }
                if ((flags & WordCounter.WORD_START) != 0) {
                    if (isConjunctionWord(b, i, end)) {
                        expressions.conjunction(i);
                    } else if (expressions.wantsCapitals() && ((char) (b[i] - 'A') < 26 || (char) (b[i] - '0') < 10)) {
                        expressions.capital(i);
                    }
                }
            } else if (cls == CharClass.COMMA || cls == CharClass.AMPERSAND) {
                expressions.conjunction(i);
            }
            i += width;
        }
        wordState = state;
        words = count;
        expressions.finish(b, start, end);
    }

    /** "and" or "or" as a whole word starting at {@code i}. */
    private static boolean isConjunctionWord(char[] b, int i, int end) {
        char c = b[i];
        if ((c == 'a' || c == 'A') && i + 2 < end && (b[i + 1] | 0x20) == 'n' && (b[i + 2] | 0x20) == 'd') {
            return i + 3 >= end || !CharClass.isWord(CharClass.at(b, i + 3, end));
        }
        if ((c == 'o' || c == 'O') && i + 1 < end && (b[i + 1] | 0x20) == 'r') {
            return i + 2 >= end || !CharClass.isWord(CharClass.at(b, i + 2, end));
        }
        return false;
    }

    /** Walks the trie from the word start {@code s}, recording every key end that is also a word end. */
    private void walk(char[] b, int s, int end) {
        accepts = 0;
        PhraseTrie t = trie;
        int node = PhraseTrie.ROOT;
        int j = s;
        int gap = 0;
        int breaks = 0;
        while (j < end) {
            char c = b[j];
            char f = CharClass.fold1(c);
            byte cls;
            if (f != 0) {
                node = t.next(node, f);
                if (node < 0) {
                    return;
                }
                j++;
            } else if ((cls = CharClass.of(c)) == CharClass.LETTER || cls == CharClass.DIGIT) {
                node = feed(node, CharClass.foldLong(c));
                if (node < 0) {
                    return;
                }
                j++;
            } else if (cls == CharClass.SURROGATE) {
                cls = CharClass.at(b, j, end);
                if (!CharClass.isWord(cls)) {
                    return;
                }
                node = feed(node, CharClass.foldCodePoint(Character.toCodePoint(c, b[j + 1])));
                if (node < 0) {
                    return;
                }
                j += 2;
            } else {
                switch (cls) {
                    case CharClass.SPACE, CharClass.HYPHEN, CharClass.DASH, CharClass.APOSTROPHE, CharClass.IGNORABLE -> {
                    }
                    case CharClass.BREAK -> {
                        boolean crBeforeLf = c == '\r' && j + 1 < end && b[j + 1] == '\n';
                        if (!crBeforeLf && ++breaks > 1) {
                            return;
                        }
                    }
                    case CharClass.PERIOD -> {
                        if (j + 1 >= end) {
                            return;
                        }
                        byte next = CharClass.at(b, j + 1, end);
                        if (!CharClass.isWord(next) && next != CharClass.HYPHEN) {
                            return;
                        }
                    }
                    case CharClass.COMMA -> node = t.next(node, ',');
                    case CharClass.AMPERSAND -> node = feed(node, "and");
                    default -> {
                        int skip = c == '/' || c == '(' ? otherGap(b, j, end, node != PhraseTrie.ROOT) : -1;
                        if (skip < 0) {
                            return;
                        }
                        j += skip;
                    }
                }
                if (node < 0 || ++gap > MAX_GAP) {
                    return;
                }
                j++;
                continue;
            }
            gap = 0;
            breaks = 0;
            if (PhraseTrie.endsKey(node) && wordEndsAt(b, j, end)) {
                if (accepts == acceptEnd.length) {
                    acceptEnd = Arrays.copyOf(acceptEnd, accepts * 2);
                    acceptNode = Arrays.copyOf(acceptNode, accepts * 2);
                }
                acceptEnd[accepts] = j;
                acceptNode[accepts] = node;
                accepts++;
            }
        }
    }

    /**
     * Characters to skip beyond b[j] when it may sit inside a phrase after all, or -1: a slash
     * between letters ("HA/DR" reads as "HADR") or, inside a phrase, a bracketed acronym ("United
     * Nations (UN) Charter"). Kept out of {@link #walk} so that the hot loop stays small.
     */
    private static int otherGap(char[] b, int j, int end, boolean insidePhrase) {
        if (b[j] == '/') {
            return j > 0 && j + 1 < end && CharClass.of(b[j - 1]) == CharClass.LETTER
                && CharClass.of(b[j + 1]) == CharClass.LETTER ? 0 : -1;
        }
        int close = insidePhrase ? Expressions.acronymInBrackets(b, j, end) : -1;
        return close > 0 ? close - 1 - j : -1;
    }

    /**
     * The longest key reached by walking on from {@code node} at {@code s}, ending at a word end:
     * its end, with its node in {@link #lastNode}, or -1. Used to try a restored elided word.
     */
    int longestFrom(int node, char[] b, int s, int end) {
        // its own small loop over plain words, so that the hot walk from the root stays as the JIT
        // compiled it: sharing one walk with this rarer caller made every walk about 40% slower
        int best = -1;
        int gap = 0;
        for (int j = s; j < end && node >= 0; j++) {
            char c = b[j];
            byte cls = CharClass.of(c);
            if (cls == CharClass.LETTER || cls == CharClass.DIGIT) {
                char f = CharClass.fold1(c);
                node = f != 0 ? trie.next(node, f) : feed(node, CharClass.foldLong(c));
                gap = 0;
                if (node >= 0 && PhraseTrie.endsKey(node) && wordEndsAt(b, j + 1, end)) {
                    best = j + 1;
                    lastNode = node;
                }
            } else if (cls == CharClass.COMMA) {
                node = trie.next(node, ',');
            } else if (cls != CharClass.SPACE && cls != CharClass.HYPHEN && cls != CharClass.APOSTROPHE
                || ++gap > 2) {
                break;
            }
        }
        return best;
    }

    /** Node of the last {@link #longestFrom} result. */
    int lastNode;

    /** Feeds the folded letters and digits of b[from, to) from {@code node}; -1 when the trie has no such path. */
    int feedRange(int node, char[] b, int from, int to) {
        for (int j = from; j < to && node >= 0; j++) {
            char c = b[j];
            char f = CharClass.fold1(c);
            if (f != 0) {
                node = trie.next(node, f);
            } else {
                byte cls = CharClass.of(c);
                if (cls == CharClass.LETTER || cls == CharClass.DIGIT) {
                    node = feed(node, CharClass.foldLong(c));
                } else if (cls == CharClass.SURROGATE && CharClass.isWord(CharClass.at(b, j, to))) {
                    node = feed(node, CharClass.foldCodePoint(Character.toCodePoint(c, b[j + 1])));
                    j++;
                }
            }
        }
        return node;
    }

    PhraseTrie trie() {
        return trie;
    }

    private int feed(int node, String folded) {
        for (int k = 0; k < folded.length() && node >= 0; k++) {
            node = trie.next(node, folded.charAt(k));
        }
        return node;
    }

    private static boolean wordEndsAt(char[] b, int j, int end) {
        if (j < end && isCamelStart(b, j)) {
            return true;
        }
        while (j < end && CharClass.of(b[j]) == CharClass.IGNORABLE) {
            j++;
        }
        return j >= end || !CharClass.isWord(CharClass.at(b, j, end));
    }

    /** An ASCII capital right after an ASCII lower-case letter: two words glued by a lost space. */
    private static boolean isCamelStart(char[] b, int i) {
        return (char) (b[i] - 'A') < 26 && i > 0 && (char) (b[i - 1] - 'a') < 26;
    }

    /** Registers the excludes found by the last walk, then emits the longest surviving match. */
    private void resolve(char[] b, int s) {
        long gs = base + s;
        excludes.forgetBefore(gs);
        for (int a = 0; a < accepts; a++) {
            for (PhraseTrie.Entry e : trie.entries(acceptNode[a])) {
                if (e.kind() == PhraseTrie.Kind.EXCLUDE) {
                    excludes.add(gs, base + acceptEnd[a], e.themes()[0]);
                }
            }
        }
        if (gs < consumedUntil) {
            return;
        }
        for (int a = accepts - 1; a >= 0; a--) {
            long ge = base + acceptEnd[a];
            for (PhraseTrie.Entry e : trie.entries(acceptNode[a])) {
                if (e.kind() == PhraseTrie.Kind.EXCLUDE) {
                    continue;
                }
                boolean emitted = false;
                for (int theme : e.themes()) {
                    if (!excludes.covers(theme, gs, ge)) {
                        expressions.add(theme, e.phrase(), s, acceptEnd[a]);
                        emitted = true;
                    }
                }
                if (emitted) {
                    consumedUntil = ge;
                    return;
                }
            }
        }
    }

    void emit(int theme, String phrase, char[] b, int start, int end) {
        counts[theme]++;
        if (sink != null) {
            sink.accept(new Mention(themeIds[theme], new String(b, start, end - start), phrase,
                base + start, base + end, sentence()));
        }
    }

    /** The current segment without its surrounding white space, made once per sentence on demand. */
    private Sentence sentence() {
        if (sentence == null) {
            int s = segmentStart;
            int e = segmentEnd;
            while (s < e && isBlank(buf[s])) {
                s++;
            }
            while (e > s && isBlank(buf[e - 1])) {
                e--;
            }
            sentence = new Sentence(new String(buf, s, e - s), base + s, base + e);
        }
        return sentence;
    }

    private static boolean isBlank(char c) {
        byte cls = CharClass.of(c);
        return cls == CharClass.SPACE || cls == CharClass.BREAK || cls == CharClass.PARAGRAPH || cls == CharClass.IGNORABLE;
    }
}

package io.themescope.themes;

import java.util.Arrays;
import java.util.Set;

/**
 * The counting codebook's rules about what one expression is, applied to the matches of one
 * sentence before they are counted: a name and its bracketed acronym are one mention (and the
 * acronym is learned for the rest of the document), touching matches of one theme form one phrase,
 * an elided head or modifier in "X and Y head" / "mod A and B" is restored, and a theme that yields
 * to a named theme ("cooperation on cyber security") gives way to it. One instance per scan.
 */
final class Expressions {

    /** Longest acronym read inside brackets, brackets excluded. */
    static final int MAX_ACRONYM = 16;

    private static final int NONE = -1;

    private final Scanner scanner;
    /** Per theme, the last words of its phrases that give way to a named theme. */
    private final Set<String>[] yielding;

    /** A match of the current sentence, in buffer positions; rules move its edges or drop it. */
    private static final class Candidate {
        int theme;
        String phrase;
        int start;
        int end;
        boolean alive;
    }

    private int n;
    private Candidate[] cand = new Candidate[0];

    private int conjs;
    private int[] conj = new int[16];
    private int capitals;
    private int[] capital = new int[16];

    /** Acronyms the document introduced, each with its theme and the global offset from which it counts. */
    private int acronyms;
    private char[][] acronym = new char[4][];
    private int[] acronymTheme = new int[4];
    private long[] acronymFrom = new long[4];

    Expressions(Scanner scanner, Set<String>[] yielding) {
        this.scanner = scanner;
        this.yielding = yielding;
    }

    /** A match found by the trie, in buffer positions of the current sentence. */
    void add(int t, String p, int s, int e) {
        if (n == cand.length) {
            cand = Arrays.copyOf(cand, Math.max(16, n * 2));
            for (int k = n; k < cand.length; k++) {
                cand[k] = new Candidate();
            }
        }
        Candidate c = cand[n++];
        c.theme = t;
        c.phrase = p;
        c.start = s;
        c.end = e;
        c.alive = true;
    }

    /** An "and", "or", comma or '&' at this buffer position. */
    void conjunction(int position) {
        if (conjs == conj.length) {
            conj = Arrays.copyOf(conj, conjs * 2);
        }
        conj[conjs++] = position;
    }

    /** Applies the rules to the sentence b[from, to) and emits what is left, in text order. */
    void finish(char[] b, int from, int to) {
        if (n == 0 && capitals == 0 && conjs == 0) {
            return;
        }
        sortByStart();
        int learnedBefore = acronyms;
        brackets(b, to);
        if (acronyms > learnedBefore) {
            findCapitals(b, from, to); // this sentence defined one: its later words may use it
        }
        if (capitals > 0) {
            learnedAcronyms(b, from, to);
        }
        for (int k = 0; k < conjs; k++) {
            elide(b, conj[k], from, to);
        }
        sortByStart();
        mergeTouching(b);
        yieldToNamedThemes(b, to);
        for (int i = 0; i < n; i++) {
            if (cand[i].alive) {
                scanner.emit(cand[i].theme, cand[i].phrase, b, cand[i].start, cand[i].end);
            }
        }
        n = 0;
        conjs = 0;
        capitals = 0;
    }

    // ---------------------------------------------------------------- a name and its acronym

    /**
     * "Military Medicine (MM)": the bracket joins the mention before it when its acronym is not a
     * term of another theme; an acronym that is not yet a term of this theme is learned.
     */
    private void brackets(char[] b, int to) {
        for (int i = 0; i < n; i++) {
            if (!cand[i].alive) {
                continue;
            }
            int p = cand[i].end;
            while (p < to && (CharClass.of(b[p]) == CharClass.SPACE || CharClass.of(b[p]) == CharClass.IGNORABLE)) {
                p++;
            }
            if (p >= to || b[p] != '(') {
                continue;
            }
            int close = acronymInBrackets(b, p, to);
            if (close < 0) {
                continue;
            }
            int node = scanner.feedRange(PhraseTrie.ROOT, b, p + 1, close - 1);
            boolean ownTerm = false;
            boolean otherTerm = false;
            if (node >= 0 && PhraseTrie.endsKey(node)) {
                for (PhraseTrie.Entry e : scanner.trie().entries(node)) {
                    if (e.kind() == PhraseTrie.Kind.EXCLUDE) {
                        continue;
                    }
                    for (int t : e.themes()) {
                        if (t == cand[i].theme) {
                            ownTerm = true;
                        } else {
                            otherTerm = true;
                        }
                    }
                }
            }
            if (otherTerm && !ownTerm || otherThemeWithin(i, p, close)) {
                continue;
            }
            int group = 0;
            int s = cand[i].start;
            int e = cand[i].end;
            for (int j = 0; j < n; j++) {
                if (!cand[j].alive) {
                    continue;
                }
                if (cand[j].start == s && cand[j].end == e) {
                    cand[j].end = close;
                    group++;
                } else if (cand[j].start >= p && cand[j].end <= close && cand[j].theme == cand[i].theme) {
                    cand[j].alive = false;
                }
            }
            if (group == 1 && !ownTerm) {
                learn(b, p + 1, close - 1, cand[i].theme, scanner.base() + close);
            }
        }
    }

    private boolean otherThemeWithin(int i, int from, int to) {
        for (int j = 0; j < n; j++) {
            if (cand[j].alive && cand[j].theme != cand[i].theme && cand[j].start >= from && cand[j].end <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * If b[p] opens a bracket holding only an acronym ("(HADR)", "(EWG-CT)", "(COVID-19)",
     * "(CBMs)"), the position just past its closing bracket, else -1. An acronym has at least two
     * capitals and no more lower-case letters than capitals.
     */
    static int acronymInBrackets(char[] b, int p, int limit) {
        int q = p + 1;
        int upper = 0;
        int lower = 0;
        while (q < limit && q - p <= MAX_ACRONYM + 1) {
            char c = b[q];
            if (c == ')') {
                break;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (!Character.isDigit(c) && c != '-' && c != '/' && c != '&' && c != '.') {
                return -1;
            }
            q++;
        }
        if (q >= limit || b[q] != ')' || q - p < 3 || upper < 2 || lower > upper
            || !Character.isLetterOrDigit(b[p + 1]) || !Character.isLetterOrDigit(b[q - 1])) {
            return -1;
        }
        return q + 1;
    }

    /**
     * Bare uses of learned acronyms ("the DOC" after "Declaration on the Conduct ... (DOC)"),
     * compared in place: a document learns a handful, and most words cannot start one.
     */
    private void learnedAcronyms(char[] b, int from, int to) {
        long base = scanner.base();
        for (int c = 0; c < capitals; c++) {
            int i = capital[c];
            int j = i + 1;
            while (j < to && (CharClass.isWord(CharClass.of(b[j]))
                || b[j] == '-' && j + 1 < to && CharClass.isWord(CharClass.of(b[j + 1])))) {
                j++;
            }
            for (int k = 0; k < acronyms; k++) {
                char[] a = acronym[k];
                if (a.length == j - i && Arrays.equals(a, 0, a.length, b, i, j) && base + i >= acronymFrom[k]
                    && !overlapsOtherTheme(acronymTheme[k], i, j)) {
                    add(acronymTheme[k], String.valueOf(a), i, j);
                    break;
                }
            }
        }
    }

    /** Whether the scan should report words that start with a capital or digit (an acronym was learned). */
    boolean wantsCapitals() {
        return acronyms > 0;
    }

    /** A word starting with a capital or a digit at this buffer position. */
    void capital(int position) {
        if (capitals == capital.length) {
            capital = Arrays.copyOf(capital, capitals * 2);
        }
        capital[capitals++] = position;
    }

    /** Word starts with a capital or digit in b[from, to), for a sentence that defined an acronym. */
    private void findCapitals(char[] b, int from, int to) {
        capitals = 0;
        for (int i = from; i < to; i++) {
            boolean start = i == from || !CharClass.isWord(CharClass.of(b[i - 1])) && b[i - 1] != '-' && b[i - 1] != '/';
            if (start && ((char) (b[i] - 'A') < 26 || (char) (b[i] - '0') < 10)) {
                capital(i);
            }
        }
    }

    private void learn(char[] b, int from, int to, int t, long validFrom) {
        for (int k = 0; k < acronyms; k++) {
            if (Arrays.equals(acronym[k], 0, acronym[k].length, b, from, to)) {
                return; // the first definition stands
            }
        }
        if (acronyms == acronym.length) {
            acronym = Arrays.copyOf(acronym, acronyms * 2);
            acronymTheme = Arrays.copyOf(acronymTheme, acronyms * 2);
            acronymFrom = Arrays.copyOf(acronymFrom, acronyms * 2);
        }
        acronym[acronyms] = Arrays.copyOfRange(b, from, to);
        acronymTheme[acronyms] = t;
        acronymFrom[acronyms] = validFrom;
        acronyms++;
    }

    private boolean overlapsOtherTheme(int t, int s, int e) {
        for (int j = 0; j < n; j++) {
            if (cand[j].alive && cand[j].theme != t && cand[j].start < e && cand[j].end > s) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- elided heads and modifiers

    /**
     * At a conjunction, restores an elided head ("non-traditional and transnational security
     * challenges" is "non-traditional security challenges") or, failing that, an elided modifier
     * ("defence capacity building and cooperation" is also "defence cooperation").
     */
    private void elide(char[] b, int c, int from, int to) {
        int ce = conjunctionEnd(b, c, to);
        for (int i = 0; i < n; i++) {
            if (cand[i].alive && cand[i].start < c && cand[i].end >= ce) {
                return; // inside one matched phrase: "humanitarian assistance and disaster relief"
            }
        }
        long x1 = wordBefore(b, c, from);
        long y1 = wordAfter(b, ce, to);
        if (x1 == NONE || y1 == NONE) {
            return;
        }
        if (!isArticle(b, y1) && elideHead(b, x1, y1, from, to)) {
            return;
        }
        elideModifier(b, x1, y1, from, to);
    }

    private boolean elideHead(char[] b, long x1, long y1, int from, int to) {
        long x2 = wordBefore(b, ws(x1), from);
        long[] xs = x2 == NONE ? new long[] {x1} : new long[] {x1, span(ws(x2), we(x1))};
        long y2 = wordAfter(b, we(y1), to);
        long[] ys = y2 == NONE ? new long[] {y1} : new long[] {y1, span(ws(y1), we(y2))};
        for (long x : xs) {
            int node = scanner.feedRange(PhraseTrie.ROOT, b, ws(x), we(x));
            if (!scanner.trie().isWordBoundary(node)) {
                continue;
            }
            for (long y : ys) {
                long h = wordAfter(b, we(y), to);
                if (h == NONE) {
                    break;
                }
                int e = scanner.longestFrom(node, b, ws(h), to);
                if (e > 0 && addRestored(scanner.lastNode, ws(x), e, ws(x), true)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void elideModifier(char[] b, long a1, long b1, int from, int to) {
        long head = isDeterminer(b, b1) ? wordAfter(b, we(b1), to) : b1;
        if (head == NONE) {
            return;
        }
        long a2 = wordBefore(b, ws(a1), from);
        long[] as = a2 == NONE ? new long[] {a1} : new long[] {a1, span(ws(a2), we(a1))};
        for (long a : as) {
            long m = wordBefore(b, ws(a), from);
            if (m == NONE) {
                continue;
            }
            int lastHyphen = lastHyphen(b, ws(m), we(m));
            long[] ms = lastHyphen < 0 ? new long[] {m} : new long[] {m, span(lastHyphen + 1, we(m))};
            for (long mod : ms) {
                int node = scanner.feedRange(PhraseTrie.ROOT, b, ws(mod), we(mod));
                if (!scanner.trie().isWordBoundary(node)) {
                    continue;
                }
                int e = scanner.longestFrom(node, b, ws(head), to);
                if (e < 0 || overlapsAny(ws(head), e)) {
                    continue;
                }
                int s = overlapsAny(ws(mod), we(a)) ? ws(head) : ws(mod);
                if (addRestored(scanner.lastNode, s, e, s, false)) {
                    return;
                }
            }
        }
    }

    /**
     * Adds the themes of the key ending at {@code node} on [s, e). With {@code shareSpan} (an
     * elided head), matches of other themes inside the span take the same span and a match of the
     * same theme inside it is absorbed, so the coordinated phrase is one mention per theme.
     */
    private boolean addRestored(int node, int s, int e, int spanStart, boolean shareSpan) {
        PhraseTrie.Entry[] entries = scanner.trie().entries(node);
        if (entries == null) {
            return false;
        }
        for (PhraseTrie.Entry entry : entries) {
            if (entry.kind() == PhraseTrie.Kind.EXCLUDE) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (cand[j].alive && cand[j].start < e && cand[j].end > s && (cand[j].start < s || cand[j].end > e)) {
                    return false; // a match crossing the span's edge: not one coordinated phrase
                }
            }
            int count = n;
            for (int t : entry.themes()) {
                boolean absorbed = false;
                for (int j = 0; j < count; j++) {
                    if (cand[j].alive && cand[j].start >= s && cand[j].end <= e && cand[j].theme == t) {
                        if (absorbed) {
                            cand[j].alive = false;
                        } else {
                            cand[j].start = spanStart;
                            cand[j].end = e;
                            absorbed = true;
                        }
                    }
                }
                if (!absorbed) {
                    add(t, entry.phrase(), s, e);
                }
            }
            if (shareSpan) {
                for (int j = 0; j < count; j++) {
                    if (cand[j].alive && cand[j].start >= s && cand[j].end <= e) {
                        cand[j].start = s;
                        cand[j].end = e;
                    }
                }
            }
            return true;
        }
        return false;
    }

    private boolean overlapsAny(int s, int e) {
        for (int j = 0; j < n; j++) {
            if (cand[j].alive && cand[j].start < e && cand[j].end > s) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- one phrase, one mention

    /**
     * Matches of one theme that overlap or touch across only spaces, hyphens or dashes are one noun
     * phrase ("COVID-19 pandemic", "Disaster Relief – HADR"); across a line break only when the
     * second starts in lower case, so a heading and the sentence under it stay two.
     */
    private void mergeTouching(char[] b) {
        for (int i = 0; i < n; i++) {
            if (!cand[i].alive) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (!cand[j].alive || cand[j].theme != cand[i].theme) {
                    continue;
                }
                if (cand[j].start < cand[i].end || touches(b, cand[i].end, cand[j].start)) {
                    cand[i].end = Math.max(cand[i].end, cand[j].end);
                    cand[j].alive = false;
                } else if (cand[j].start > cand[i].end) {
                    break;
                }
            }
        }
    }

    private static boolean touches(char[] b, int e, int s) {
        if (s - e > 4) {
            return false;
        }
        boolean lineBreak = false;
        for (int k = e; k < s; k++) {
            byte cls = CharClass.of(b[k]);
            if (cls == CharClass.BREAK) {
                lineBreak = true;
            } else if (cls != CharClass.SPACE && cls != CharClass.HYPHEN && cls != CharClass.DASH
                && cls != CharClass.IGNORABLE) {
                return false;
            }
        }
        return !lineBreak || Character.isLowerCase(b[s]);
    }

    // ---------------------------------------------------------------- routed combinations

    /** "practical cooperation on cyber security": a yielding theme's match before on/in + another theme gives way. */
    private void yieldToNamedThemes(char[] b, int to) {
        for (int i = 0; i < n; i++) {
            if (!cand[i].alive || yielding[cand[i].theme].isEmpty() || !yielding[cand[i].theme].contains(lastWord(cand[i].phrase))) {
                continue;
            }
            long w = wordAfter(b, cand[i].end, to);
            if (w == NONE || !isWord(b, w, "on") && !isWord(b, w, "in")) {
                continue;
            }
            long next = wordAfter(b, we(w), to);
            for (int k = 0; k < 3 && next != NONE && !isWord(b, next, "and") && !isWord(b, next, "or"); k++) {
                if (startsOtherTheme(i, ws(next))) {
                    cand[i].alive = false;
                    break;
                }
                next = wordAfter(b, we(next), to);
            }
        }
    }

    private static String lastWord(String phrase) {
        int k = phrase.length();
        while (k > 0 && Character.isLetterOrDigit(phrase.charAt(k - 1))) {
            k--;
        }
        return phrase.substring(k).toLowerCase(java.util.Locale.ROOT);
    }

    private boolean startsOtherTheme(int i, int s) {
        for (int j = 0; j < n; j++) {
            if (cand[j].alive && cand[j].theme != cand[i].theme && cand[j].start == s) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- words near a position

    private static int conjunctionEnd(char[] b, int c, int to) {
        char ch = b[c];
        int e = ch == ',' || ch == '&' || CharClass.of(ch) == CharClass.COMMA ? c + 1 : (ch | 0x20) == 'a' ? c + 3 : c + 2;
        if (e - c == 1 && ch != '&') {
            long next = wordAfter(b, e, to);
            if (next != NONE && (isWord(b, next, "and") || isWord(b, next, "or"))) {
                return we(next);
            }
        }
        return e;
    }

    /** The word that ends just before {@code p} with only spaces (or one line break) between, or NONE. */
    static long wordBefore(char[] b, int p, int from) {
        int e = p;
        int breaks = 0;
        while (e > from) {
            byte cls = CharClass.of(b[e - 1]);
            if (cls == CharClass.SPACE || cls == CharClass.IGNORABLE || cls == CharClass.BREAK && ++breaks <= 1) {
                e--;
            } else {
                break;
            }
        }
        if (e <= from || !CharClass.isWord(CharClass.of(b[e - 1]))) {
            return NONE;
        }
        int s = e;
        while (s > from) {
            byte cls = CharClass.of(b[s - 1]);
            if (CharClass.isWord(cls)) {
                s--;
            } else if (isJoiner(cls) && s - 2 >= from && CharClass.isWord(CharClass.of(b[s - 2]))) {
                s--;
            } else {
                break;
            }
        }
        return span(s, e);
    }

    /** The word that starts after {@code p} with only spaces (or one line break) between, or NONE. */
    static long wordAfter(char[] b, int p, int to) {
        int s = p;
        int breaks = 0;
        while (s < to) {
            byte cls = CharClass.of(b[s]);
            if (cls == CharClass.SPACE || cls == CharClass.IGNORABLE || cls == CharClass.BREAK && ++breaks <= 1) {
                s++;
            } else {
                break;
            }
        }
        if (s >= to || !CharClass.isWord(CharClass.of(b[s]))) {
            return NONE;
        }
        int e = s;
        while (e < to) {
            byte cls = CharClass.of(b[e]);
            if (CharClass.isWord(cls)) {
                e++;
            } else if (isJoiner(cls) && e + 1 < to && CharClass.isWord(CharClass.of(b[e + 1]))) {
                e++;
            } else {
                break;
            }
        }
        return span(s, e);
    }

    private static boolean isJoiner(byte cls) {
        return cls == CharClass.HYPHEN || cls == CharClass.APOSTROPHE;
    }

    private static int lastHyphen(char[] b, int s, int e) {
        for (int k = e - 1; k > s; k--) {
            if (CharClass.of(b[k]) == CharClass.HYPHEN) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isWord(char[] b, long w, String lower) {
        if (we(w) - ws(w) != lower.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(b[ws(w) + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArticle(char[] b, long w) {
        return isWord(b, w, "the") || isWord(b, w, "a") || isWord(b, w, "an");
    }

    private static boolean isDeterminer(char[] b, long w) {
        return isWord(b, w, "its") || isWord(b, w, "their") || isWord(b, w, "the") || isWord(b, w, "our");
    }

    private static long span(int s, int e) {
        return (long) s << 32 | e;
    }

    private static int ws(long span) {
        return (int) (span >>> 32);
    }

    private static int we(long span) {
        return (int) span;
    }

    private void sortByStart() {
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && cand[j].start < cand[j - 1].start; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void swap(int i, int j) {
        Candidate c = cand[i];
        cand[i] = cand[j];
        cand[j] = c;
    }
}

package io.themescope.themes;

/**
 * The word-count rule, as a state machine fed one character class at a time so that it gives the
 * same count however the text is cut into pieces. A word is a maximal run of letters, digits and
 * combining marks (after folding); an apostrophe, hyphen or en dash, or a period directly between
 * two such characters joins the runs into one word, and so does a comma directly between two
 * digits. Format characters (soft hyphen, zero-width space) are invisible. So "counter-terrorism",
 * "ASEAN's", "U.S.", "COVID-19", "3.5" and "3,000" are one word each; an em dash separates words.
 *
 * <p>The machine also reports where matching may start: at every word start, and after a hyphen or
 * period inside a word ("traditional" in "non-traditional", "Unity" in "cooperation.Unity" where a
 * space went missing), but not after an apostrophe ("s" in "ASEAN's"). It is a transition table,
 * so a step is one lookup.
 */
final class WordCounter {

    static final int WORD_START = 1;
    static final int MATCH_START = 2;

    static final int OUT = 0;
    static final int IN_LETTERS = 1;
    private static final int IN_DIGITS = 2;
    private static final int AFTER_APOSTROPHE = 3;
    private static final int AFTER_HYPHEN_OR_PERIOD = 4;
    private static final int AFTER_DIGIT_COMMA = 5;
    private static final int STATES = 6;
    private static final int CLASSES = 16;

    /** (next state) | (flags << 4), indexed by state * CLASSES + class. */
    private static final byte[] TABLE = new byte[STATES * CLASSES];

    static {
        for (int state = 0; state < STATES; state++) {
            for (int cls = 0; cls < CLASSES; cls++) {
                TABLE[state * CLASSES + cls] = (byte) transition(state, (byte) cls);
            }
        }
    }

    private int state = OUT;
    private long words;

    long words() {
        return words;
    }

    /** Feeds one character's class; returns {@link #WORD_START} and/or {@link #MATCH_START} flags. */
    int step(byte cls) {
        int t = next(state, cls);
        state = t & 15;
        int flags = t >>> 4;
        words += flags & WORD_START;
        return flags;
    }

    /** The transition from {@code state} on {@code cls}: next state in the low 4 bits, flags above. */
    static int next(int state, byte cls) {
        return TABLE[state * CLASSES + cls];
    }

    private static int transition(int state, byte cls) {
        switch (cls) {
            case CharClass.LETTER, CharClass.DIGIT -> {
                int next = cls == CharClass.DIGIT ? IN_DIGITS : IN_LETTERS;
                int flags = switch (state) {
                    case IN_LETTERS, IN_DIGITS, AFTER_APOSTROPHE -> 0;
                    case AFTER_HYPHEN_OR_PERIOD -> MATCH_START;
                    case AFTER_DIGIT_COMMA -> cls == CharClass.DIGIT ? 0 : WORD_START | MATCH_START;
                    default -> WORD_START | MATCH_START;
                };
                return next | flags << 4;
            }
            case CharClass.IGNORABLE -> {
                return state;
            }
            case CharClass.APOSTROPHE -> {
                return isIn(state) ? AFTER_APOSTROPHE : OUT;
            }
            case CharClass.HYPHEN, CharClass.PERIOD -> {
                return isIn(state) ? AFTER_HYPHEN_OR_PERIOD : OUT;
            }
            case CharClass.COMMA -> {
                return state == IN_DIGITS ? AFTER_DIGIT_COMMA : OUT;
            }
            default -> {
                return OUT;
            }
        }
    }

    private static boolean isIn(int state) {
        return state == IN_LETTERS || state == IN_DIGITS;
    }

    /** Counts the words of a whole text by the rule above. */
    static long count(CharSequence text) {
        WordCounter counter = new WordCounter();
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            byte cls = CharClass.of(c);
            if (cls == CharClass.SURROGATE) {
                int cp = Character.codePointAt(text, i);
                counter.step(Character.isSupplementaryCodePoint(cp) ? CharClass.ofCodePoint(cp) : CharClass.OTHER);
                i += Character.charCount(cp);
            } else {
                counter.step(cls);
                i++;
            }
        }
        return counter.words;
    }
}

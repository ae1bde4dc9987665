package io.themescope.themes;

/**
 * The word-count rule, as a state machine fed one character class at a time so that it gives the
 * same count however the text is cut into pieces. A word is a maximal run of letters, digits and
 * combining marks (after folding); an apostrophe, hyphen or en dash, or a period directly between
 * two such characters joins the runs into one word, and so does a comma directly between two
 * digits. Format characters (soft hyphen, zero-width space) are invisible. So "counter-terrorism",
 * "ASEAN's", "U.S.", "COVID-19", "3.5" and "3,000" are one word each; an em dash separates words.
 *
 * <p>The machine also reports where matching may start: at every word start and after a hyphen
 * inside a word ("traditional" in "non-traditional"), but not after an apostrophe or period.
 */
final class WordCounter {

    static final int WORD_START = 1;
    static final int MATCH_START = 2;

    private static final int OUT = 0;
    private static final int IN = 1;
    private static final int AFTER_JOINER = 2;
    private static final int AFTER_HYPHEN = 3;
    private static final int AFTER_DIGIT_COMMA = 4;

    private int state = OUT;
    private boolean lastDigit;
    private long words;

    long words() {
        return words;
    }

    /** Feeds one character's class; returns {@link #WORD_START} and/or {@link #MATCH_START} flags. */
    int step(byte cls) {
        switch (cls) {
            case CharClass.LETTER, CharClass.DIGIT -> {
                int flags;
                switch (state) {
                    case IN, AFTER_JOINER -> flags = 0;
                    case AFTER_HYPHEN -> flags = MATCH_START;
                    case AFTER_DIGIT_COMMA -> flags = cls == CharClass.DIGIT ? 0 : WORD_START | MATCH_START;
                    default -> flags = WORD_START | MATCH_START;
                }
                if ((flags & WORD_START) != 0) {
                    words++;
                }
                state = IN;
                lastDigit = cls == CharClass.DIGIT;
                return flags;
            }
            case CharClass.IGNORABLE -> {
                return 0;
            }
            case CharClass.APOSTROPHE, CharClass.PERIOD -> state = state == IN ? AFTER_JOINER : OUT;
            case CharClass.HYPHEN -> state = state == IN ? AFTER_HYPHEN : OUT;
            case CharClass.COMMA -> state = state == IN && lastDigit ? AFTER_DIGIT_COMMA : OUT;
            default -> state = OUT;
        }
        return 0;
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

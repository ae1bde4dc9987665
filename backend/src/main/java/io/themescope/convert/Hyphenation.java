package io.themescope.convert;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hyphen at a line end was put there by the typesetter ("coop-" + "eration" is
 * "cooperation") or belongs to the word ("non-" + "traditional" stays "non-traditional"). The
 * document itself is asked first: whichever of the joined and the hyphenated form it uses elsewhere
 * wins. Otherwise the hyphen stays when the part before it is a prefix English writes with a hyphen
 * (non, counter, self, anti, co, multi, inter, cross, post, pre, ...), when both halves are capitalised
 * ("Asia-Pacific") or the second starts with a digit or capital ("COVID-19", "ADMM-Plus"); else it goes.
 */
final class Hyphenation {

    static final Set<String> HYPHENATED_PREFIXES = Set.of("non", "counter", "self", "anti", "co", "multi", "inter",
            "cross", "post", "pre", "pro", "semi", "sub", "ex", "quasi", "well", "long", "short", "full", "all",
            "cyber", "trans", "intra", "extra", "ultra", "mid", "over", "under", "high", "low");

    private Hyphenation() {
    }

    /**
     * @param before the word fragment before the hyphen (without it)
     * @param after  the word fragment starting the next line
     * @param words  the document's words (lower case) as written away from line ends
     * @return true to join without the hyphen, false to keep "before-after"
     */
    static boolean join(String before, String after, Set<String> words) {
        if (before.isEmpty() || after.isEmpty() || !Character.isLetter(before.charAt(before.length() - 1))) {
            return false;
        }
        char first = after.charAt(0);
        if (!Character.isLetter(first) || Character.isUpperCase(first)) {
            return false;
        }
        String joined = (before + after).toLowerCase(Locale.ROOT);
        String hyphenated = (before + "-" + after).toLowerCase(Locale.ROOT);
        if (words.contains(hyphenated) && !words.contains(joined)) {
            return false;
        }
        if (words.contains(joined)) {
            return true;
        }
        return !HYPHENATED_PREFIXES.contains(lastWord(before).toLowerCase(Locale.ROOT));
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }
}

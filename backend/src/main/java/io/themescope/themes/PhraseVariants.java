package io.themescope.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands a taxonomy phrase into every key it matches. A key is the folded letters and digits of
 * one way to write the phrase, with spaces, hyphens, apostrophes and abbreviation periods left out
 * (the scanner skips those in documents too, which is what makes "geo-political", "geo political"
 * and "geopolitical" one key), commas kept as ',' and '&' read as "and".
 *
 * <p>Every word except short and function words gets its British/American spellings
 * ({@link Spelling}) and its plural or singular and possessive forms (so either may be written);
 * the last word of the phrase also gets its -ing form ("arms race" matches "arms racing"). Inside a
 * hyphenated word only the last part is inflected.
 */
final class PhraseVariants {

    static final int MAX_KEYS = 4096;

    private static final Set<String> FUNCTION_WORDS = Set.of(
        "the", "and", "for", "nor", "with", "from", "into", "onto", "its", "their", "our", "between", "among",
        "amongst", "within", "against", "over", "under", "per", "via", "than", "that", "this", "these", "those",
        "are", "not", "non");

    private PhraseVariants() {
    }

    /**
     * All keys of a phrase.
     *
     * @throws IllegalArgumentException with a reason when the phrase can never match as written
     */
    static Set<String> keys(String phrase) {
        List<List<String>> items = parse(phrase);
        int lastWord = items.size() - 1;
        List<String> keys = List.of("");
        for (int w = 0; w < items.size(); w++) {
            Set<String> forms = isSymbol(items.get(w)) ? Set.of(items.get(w).getFirst()) : wordForms(items.get(w), w == lastWord);
            List<String> next = new ArrayList<>(keys.size() * forms.size());
            for (String prefix : keys) {
                for (String form : forms) {
                    next.add(prefix + form);
                }
            }
            if (next.size() > MAX_KEYS) {
                throw new IllegalArgumentException("expands to more than " + MAX_KEYS + " spellings; split it into shorter phrases");
            }
            keys = next;
        }
        return new LinkedHashSet<>(keys);
    }

    private static boolean isSymbol(List<String> item) {
        return item.size() == 1 && item.getFirst().equals(",");
    }

    /** Words as lists of folded parts (apostrophes kept for now); a comma is the item [","]. */
    private static List<List<String>> parse(String phrase) {
        List<List<String>> items = new ArrayList<>();
        List<String> word = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        String s = phrase.strip();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            byte cls = CharClass.ofCodePoint(cp);
            switch (cls) {
                case CharClass.LETTER, CharClass.DIGIT -> part.append(CharClass.foldCodePoint(cp));
                case CharClass.IGNORABLE -> { }
                case CharClass.APOSTROPHE -> {
                    if (part.isEmpty()) {
                        throw new IllegalArgumentException("has an apostrophe that does not follow a letter");
                    }
                    part.append('\'');
                }
                case CharClass.HYPHEN, CharClass.DASH -> {
                    if (part.isEmpty() || next >= s.length() || !CharClass.isWord(CharClass.ofCodePoint(s.codePointAt(next)))) {
                        throw new IllegalArgumentException("has a hyphen or dash that is not between two letters or digits");
                    }
                    word.add(part.toString());
                    part.setLength(0);
                }
                case CharClass.PERIOD -> {
                    boolean between = !part.isEmpty() && next < s.length()
                        && (CharClass.isWord(CharClass.ofCodePoint(s.codePointAt(next)))
                            || CharClass.ofCodePoint(s.codePointAt(next)) == CharClass.HYPHEN);
                    if (!between) {
                        throw new IllegalArgumentException("has a period that is not inside an abbreviation such as U.S.");
                    }
                }
                case CharClass.SPACE, CharClass.BREAK -> endWord(items, word, part);
                case CharClass.COMMA -> {
                    if (part.isEmpty()) {
                        throw new IllegalArgumentException("has a comma that does not follow a word");
                    }
                    endWord(items, word, part);
                    items.add(List.of(","));
                }
                case CharClass.AMPERSAND -> {
                    endWord(items, word, part);
                    items.add(List.of("and"));
                }
                default -> throw new IllegalArgumentException("contains '" + new String(Character.toChars(cp))
                    + "', which never occurs inside a match (use letters, digits, spaces, hyphens, apostrophes,"
                    + " commas, '&' and periods inside abbreviations)");
            }
            i = next;
        }
        endWord(items, word, part);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("has no letters or digits");
        }
        if (!CharClass.isWord(CharClass.ofCodePoint(s.codePointAt(0)))
                || !CharClass.isWord(CharClass.ofCodePoint(s.codePointBefore(s.length())))) {
            throw new IllegalArgumentException("must start and end with a letter or digit");
        }
        return items;
    }

    private static void endWord(List<List<String>> items, List<String> word, StringBuilder part) {
        if (!part.isEmpty()) {
            word.add(part.toString());
            part.setLength(0);
        }
        if (!word.isEmpty()) {
            items.add(List.copyOf(word));
            word.clear();
        }
    }

    /**
     * Forms of one word: spellings of every part; plural/singular and possessive forms of the last
     * part when the word as a whole is long enough and not a function word ("build-up" gives
     * "build-ups"); -ing forms too when it is the phrase's last word.
     */
    private static Set<String> wordForms(List<String> parts, boolean lastWordOfPhrase) {
        String last = parts.getLast();
        String whole = (String.join("", parts.subList(0, parts.size() - 1))
            + (last.endsWith("'s") ? last.substring(0, last.length() - 2) : last)).replace("'", "");
        boolean inflect = whole.length() >= 3 && !FUNCTION_WORDS.contains(whole);
        List<String> forms = List.of("");
        for (int p = 0; p < parts.size(); p++) {
            boolean lastPart = p == parts.size() - 1;
            Set<String> partForms = partForms(parts.get(p), lastPart && inflect, lastPart && lastWordOfPhrase);
            List<String> next = new ArrayList<>();
            for (String prefix : forms) {
                for (String form : partForms) {
                    next.add(prefix + form);
                }
            }
            forms = next;
        }
        return new LinkedHashSet<>(forms);
    }

    private static Set<String> partForms(String raw, boolean inflect, boolean withIng) {
        boolean possessive = raw.endsWith("'s");
        String base = (possessive ? raw.substring(0, raw.length() - 2) : raw).replace("'", "");
        Set<String> out = new LinkedHashSet<>();
        for (String spelling : Spelling.variants(base)) {
            out.add(spelling);
            if (inflect && isAlphabetic(spelling)) {
                out.addAll(inflections(spelling, withIng));
            } else if (possessive) {
                out.add(spelling + "s");
            }
        }
        return out;
    }

    private static boolean isAlphabetic(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plural or singular and possessive forms of a word, and its -ing forms when asked and the word
     * is not itself a plural ("means" must not give "meaning"); the word itself is not included.
     */
    static Set<String> inflections(String w, boolean withIng) {
        Set<String> out = new LinkedHashSet<>();
        if (looksPlural(w)) {
            out.addAll(singulars(w));
        } else {
            out.add(plural(w));
            if (!w.endsWith("s")) {
                out.add(w + "s");
            }
            if (withIng) {
                out.addAll(ingForms(w));
            }
        }
        out.remove(w);
        return out;
    }

    private static boolean looksPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    private static List<String> singulars(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return List.of(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zzes")) {
            return List.of(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ses")) {
            return List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2) + "is");
        }
        return List.of(w.substring(0, w.length() - 1));
    }

    private static String plural(String w) {
        if (w.endsWith("is")) {
            return w.substring(0, w.length() - 2) + "es";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    private static List<String> ingForms(String w) {
        if (w.endsWith("ing")) {
            return List.of();
        }
        if (w.endsWith("ie")) {
            return List.of(w.substring(0, w.length() - 2) + "ying");
        }
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe")) {
            return List.of(w.substring(0, w.length() - 1) + "ing");
        }
        int n = w.length();
        char last = w.charAt(n - 1);
        boolean cvc = n >= 3 && !isVowel(last) && "wxy".indexOf(last) < 0
            && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
        return cvc ? List.of(w + "ing", w + last + "ing") : List.of(w + "ing");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}

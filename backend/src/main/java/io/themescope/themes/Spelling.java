package io.themescope.themes;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * British and American spellings of one folded word part, generated from the form the taxonomy
 * author wrote so that either spelling in a document matches. Regular patterns are rules
 * (-isation/-ization, -ise/-ize, -yse/-yze, -fence/-fense, -our/-or); irregular pairs are listed.
 * Rules may produce non-words ("exercize"); that is harmless because a variant only matters if a
 * document contains it.
 */
final class Spelling {

    private static final String[][] SUFFIXES = {
        {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"iser", "izer"}, {"isers", "izers"},
        {"yse", "yze"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"ysing", "yzing"},
        {"fence", "fense"}, {"fences", "fenses"},
    };

    private static final String[] OUR_ENDINGS = {"our", "ours", "oured", "ouring", "ourhood", "ourhoods", "ourable", "ourite"};

    /** American -or words whose British form has -our; the rule is not applied to -or words in general ("sector"). */
    private static final Set<String> AMERICAN_OR = Set.of(
        "labor", "behavior", "neighbor", "harbor", "honor", "favor", "color", "endeavor", "vigor", "rumor",
        "armor", "humor", "savor", "valor", "vapor", "odor", "rigor", "clamor", "splendor", "fervor");

    private static final Map<String, String> PAIRS = pairs(
        "centre", "center", "centres", "centers", "centred", "centered", "centring", "centering",
        "theatre", "theater", "theatres", "theaters", "metre", "meter", "metres", "meters", "litre", "liter",
        "fibre", "fiber", "calibre", "caliber",
        "manoeuvre", "maneuver", "manoeuvres", "maneuvers", "manoeuvred", "maneuvered", "manoeuvring", "maneuvering",
        "programme", "program", "programmes", "programs", "catalogue", "catalog", "judgement", "judgment",
        "ageing", "aging", "fulfil", "fulfill", "enrol", "enroll", "travelled", "traveled", "travelling", "traveling",
        "cancelled", "canceled", "modelling", "modeling", "labelled", "labeled", "counsellor", "counselor",
        "grey", "gray", "licence", "license", "practise", "practice", "paediatric", "pediatric",
        "haemorrhagic", "hemorrhagic", "anaemia", "anemia", "diarrhoea", "diarrhea", "leukaemia", "leukemia",
        "oedema", "edema", "foetal", "fetal", "aluminium", "aluminum", "sulphur", "sulfur", "plough", "plow",
        "jewellery", "jewelry", "defence", "defense", "offence", "offense");

    private Spelling() {
    }

    /** The part itself followed by its other spellings. */
    static Set<String> variants(String part) {
        Set<String> out = new LinkedHashSet<>();
        out.add(part);
        String paired = PAIRS.get(part);
        if (paired != null) {
            out.add(paired);
        }
        if (part.contains("isation")) {
            out.add(part.replace("isation", "ization"));
        }
        if (part.contains("ization")) {
            out.add(part.replace("ization", "isation"));
        }
        if (part.length() >= 5) {
            for (String[] pair : SUFFIXES) {
                swapSuffix(part, pair[0], pair[1], out);
                swapSuffix(part, pair[1], pair[0], out);
            }
        }
        if (part.length() >= 6) {
            for (String ending : OUR_ENDINGS) {
                if (part.endsWith(ending)) {
                    int at = part.length() - ending.length();
                    out.add(part.substring(0, at) + "or" + ending.substring(3));
                }
            }
        }
        for (String american : AMERICAN_OR) {
            if (part.startsWith(american)) {
                out.add(american.substring(0, american.length() - 2) + "our" + part.substring(american.length()));
            }
        }
        return out;
    }

    private static void swapSuffix(String part, String from, String to, Set<String> out) {
        if (part.endsWith(from)) {
            out.add(part.substring(0, part.length() - from.length()) + to);
        }
    }

    private static Map<String, String> pairs(String... words) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i += 2) {
            map.put(words[i], words[i + 1]);
            map.put(words[i + 1], words[i]);
        }
        return Map.copyOf(map);
    }
}

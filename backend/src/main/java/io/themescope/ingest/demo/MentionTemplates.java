package io.themescope.ingest.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the mention sentences that realise a document's planned theme counts. Each sentence is used
 * at most once per document and only in years it fits; the themes a picked sentence carries are read
 * from its brackets, so the tally of picked sentences is exactly what the text contains.
 */
final class MentionTemplates {

    /** A mention sentence: its text with brackets, the years it fits, and the themes it mentions. */
    record Template(String text, int fromYear, int toYear, List<DemoTheme> themes) {

        /** A "that ..." clause that needs a speaker's lead-in; otherwise a full sentence. */
        boolean isClause() {
            return text.startsWith("that ");
        }

        /** The plain sentence body, brackets removed. */
        String plain() {
            return text.replace("[", "").replace("]", "");
        }

        boolean fits(int year) {
            return year >= fromYear && year <= toYear;
        }
    }

    private static final Pattern YEARS = Pattern.compile("^\\{(\\d{4})?-(\\d{4})?}");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]+)]");

    static final List<Template> ALL = MentionTexts.ALL.stream().map(MentionTemplates::parse).toList();

    private MentionTemplates() {
    }

    /**
     * Sentences realising up to {@code wanted} mentions per theme, discussed in theme order. A theme
     * gets fewer when its sentences fitting the year run out.
     */
    static List<Template> choose(Map<DemoTheme, Integer> wanted, int year, DemoRandom random) {
        Map<DemoTheme, Integer> remaining = new EnumMap<>(wanted);
        Set<Template> used = new HashSet<>();
        List<Template> chosen = new ArrayList<>();
        for (DemoTheme theme : DemoTheme.values()) {
            while (remaining.getOrDefault(theme, 0) > 0) {
                List<Template> candidates = new ArrayList<>();
                for (Template t : ALL) {
                    if (t.themes().contains(theme) && t.fits(year) && !used.contains(t) && affordable(t, remaining)) {
                        candidates.add(t);
                    }
                }
                if (candidates.isEmpty()) {
                    break;
                }
                Template pick = random.pick(candidates);
                used.add(pick);
                chosen.add(pick);
                for (DemoTheme carried : pick.themes()) {
                    remaining.merge(carried, -1, Integer::sum);
                }
            }
        }
        return chosen;
    }

    private static boolean affordable(Template t, Map<DemoTheme, Integer> remaining) {
        Map<DemoTheme, Integer> need = new EnumMap<>(DemoTheme.class);
        for (DemoTheme carried : t.themes()) {
            need.merge(carried, 1, Integer::sum);
        }
        for (Map.Entry<DemoTheme, Integer> e : need.entrySet()) {
            if (remaining.getOrDefault(e.getKey(), 0) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    static Template parse(String source) {
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        String text = source;
        Matcher years = YEARS.matcher(source);
        if (years.find()) {
            if (years.group(1) != null) {
                from = Integer.parseInt(years.group(1));
            }
            if (years.group(2) != null) {
                to = Integer.parseInt(years.group(2));
            }
            text = source.substring(years.end());
        }
        List<DemoTheme> themes = new ArrayList<>();
        Matcher bracket = BRACKET.matcher(text);
        while (bracket.find()) {
            String phrase = bracket.group(1);
            themes.add(DemoTheme.ofForm(phrase).orElseThrow(
                    () -> new IllegalStateException("'" + phrase + "' in mention sentence \"" + source + "\" is no surface form")));
        }
        if (themes.isEmpty()) {
            throw new IllegalStateException("mention sentence without a bracketed phrase: \"" + source + "\"");
        }
        return new Template(text, from, to, List.copyOf(themes));
    }
}

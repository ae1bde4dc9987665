package io.themescope.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The planned mention counts are the truth about the text: counting each theme's phrases on its own
 * gives exactly the plan, and outside those phrases the prose carries no theme vocabulary an
 * extractor could pick up by accident.
 */
class DemoTextConsistencyTest {

    private static final List<String> THEME_IDS = List.of("arms-race", "major-power-rivalry", "geopolitical-shifts",
            "south-china-sea", "maritime-security", "nuclear-and-wmd", "non-traditional-threats", "terrorism",
            "transnational-crime", "natural-disasters", "hadr", "cybersecurity", "pandemic-and-health",
            "climate-change", "resilience", "unity", "asean-centrality", "rules-based-order", "defence-cooperation",
            "peacekeeping", "confidence-building", "capacity-building");

    /** Words that hint at a theme; they may appear only inside a surface phrase or the quoted motto. */
    private static final Pattern THEME_VOCABULARY = Pattern.compile("\\b(?:secur|unity|unite|solidar|cooperat|resilien"
            + "|central|disaster|pandemic|covid|health|medic|terror|extremis|crime|criminal|traffick|smuggl|cyber"
            + "|climate|peacekeep|confidence|capacity|rival|competit|geo-?polit|nuclear|weapon|proliferat|maritime"
            + "|navigation|overflight|south china|arms\\b|humanitarian|hadr|typhoon|cyclone|tsunami|earthquake"
            + "|rules-based|non-traditional|trust|practical|outbreak|epidemic|disease|radical|piracy|drug|wmd"
            + "|flood|storm|weather)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Pattern> PER_THEME = Stream.of(DemoTheme.values())
            .collect(Collectors.toMap(DemoTheme::id, t -> phrases(t.surfaceForms()), (a, b) -> a, LinkedHashMap::new));

    @Test
    void coversExactlyTheProjectThemeIds() {
        assertThat(Stream.of(DemoTheme.values()).map(DemoTheme::id)).containsExactlyInAnyOrderElementsOf(THEME_IDS);
        assertThat(DemoCorpus.plan(MeetingFacts.load())).allSatisfy(p ->
                assertThat(p.intendedMentions().keySet()).containsExactlyInAnyOrderElementsOf(THEME_IDS));
    }

    @Test
    void plannedCountsEqualPhraseOccurrencesInText() {
        for (PlannedDocument p : DemoCorpus.plan(MeetingFacts.load())) {
            Map<String, Integer> found = new LinkedHashMap<>();
            PER_THEME.forEach((id, pattern) -> found.put(id, count(pattern, p.document().text())));
            assertThat(found).as(p.document().title()).isEqualTo(p.intendedMentions());
        }
    }

    @Test
    void everyDocumentPlantsSeveralThemes() {
        assertThat(DemoCorpus.plan(MeetingFacts.load())).allSatisfy(p -> {
            long themes = p.intendedMentions().values().stream().filter(n -> n > 0).count();
            assertThat(themes).as(p.document().title()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void proseOutsideThePhrasesIsFreeOfThemeVocabulary() {
        Pattern allPhrases = phrases(Stream.of(DemoTheme.values()).flatMap(t -> t.surfaceForms().stream()).toList());
        for (DemoDocument doc : DemoCorpus.generate(MeetingFacts.load())) {
            String rest = doc.text();
            if (doc.meeting().motto() != null) {
                rest = rest.replace(doc.meeting().motto(), " ");
            }
            rest = allPhrases.matcher(rest).replaceAll(" ");
            Matcher stray = THEME_VOCABULARY.matcher(rest);
            assertThat(stray.find() ? stray.group() + " in: " + around(rest, stray.start()) : null)
                    .as(doc.title()).isNull();
            assertThat(allPhrases.matcher(doc.title()).find()).as(doc.title()).isFalse();
        }
    }

    @Test
    void eachSurfacePhraseCountsOnceForItsOwnThemeOnly() {
        for (DemoTheme theme : DemoTheme.values()) {
            for (String form : theme.surfaceForms()) {
                PER_THEME.forEach((id, pattern) -> assertThat(count(pattern, "We note " + form + " today."))
                        .as(form + " counted for " + id).isEqualTo(id.equals(theme.id()) ? 1 : 0));
            }
        }
    }

    @Test
    void everyMentionSentenceCarriesOnlyItsBracketedThemes() {
        for (MentionTemplates.Template t : MentionTemplates.ALL) {
            String outside = t.text().replaceAll("\\[[^\\]]+]", " ");
            Matcher stray = THEME_VOCABULARY.matcher(outside);
            assertThat(stray.find() ? stray.group() : null).as(t.text()).isNull();
            Map<String, Integer> expected = new LinkedHashMap<>();
            t.themes().forEach(theme -> expected.merge(theme.id(), 1, Integer::sum));
            Map<String, Integer> found = new LinkedHashMap<>();
            PER_THEME.forEach((id, pattern) -> {
                int n = count(pattern, t.plain());
                if (n > 0) {
                    found.put(id, n);
                }
            });
            assertThat(found).as(t.text()).isEqualTo(expected);
        }
    }

    @Test
    void fillerIsFreeOfThemeVocabulary() {
        Stream.of(FillerTexts.COMMON, FillerTexts.DECLARATION, FillerTexts.STATEMENT, FillerTexts.NEWS,
                        FillerTexts.NEWS_PLUS, FillerTexts.SPEECH)
                .flatMap(List::stream)
                .forEach(sentence -> {
                    Matcher stray = THEME_VOCABULARY.matcher(sentence);
                    assertThat(stray.find() ? stray.group() : null).as(sentence).isNull();
                });
    }

    @Test
    void themesHaveEnoughSentencesForTheirBusiestYears() {
        for (DemoTheme theme : DemoTheme.values()) {
            for (int year = 2006; year <= 2025; year++) {
                int fit = year;
                long sentences = MentionTemplates.ALL.stream().filter(t -> t.themes().contains(theme) && t.fits(fit)).count();
                assertThat(sentences).as(theme + " in " + year).isGreaterThanOrEqualTo(5);
            }
        }
    }

    /** Whole-word, case-insensitive, longest phrase first; a hyphen joins words. */
    private static Pattern phrases(List<String> forms) {
        String alternatives = forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}

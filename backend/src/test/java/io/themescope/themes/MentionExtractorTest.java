package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tricky passages against the shipped taxonomy, with the exact mentions expected. */
class MentionExtractorTest {

    private static MentionExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = MentionExtractor.of(TaxonomyLoader.loadDefault());
    }

    record Expected(String themeId, long start, long end, String term) {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            c("community", "The ASEAN Community, the United States and the United Nations stand together."),
            c("unity-inside-words", "Opportunity, immunity and impunity are not unity.",
                m("unity", 43, 48, "unity")),
            c("unified", "They are unified and united."),
            c("community-then-unity", "Community unity.",
                m("unity", 10, 15, "unity")),
            c("inflections-race", "Arms races, arms racing and an arms race.",
                m("arms-race", 0, 10, "Arms races"),
                m("arms-race", 12, 23, "arms racing"),
                m("arms-race", 31, 40, "arms race")),
            c("inflections-flood", "Floods, flooding and a flood.",
                m("natural-disasters", 0, 6, "Floods"),
                m("natural-disasters", 8, 16, "flooding"),
                m("natural-disasters", 23, 28, "flood")),
            c("inflections-threats", "Non-traditional security threats and a non-traditional security challenge.",
                m("non-traditional-threats", 0, 32, "Non-traditional security threats"),
                m("non-traditional-threats", 39, 73, "non-traditional security challenge")),
            c("plural-nouns", "Natural disasters and terrorists.",
                m("natural-disasters", 0, 17, "Natural disasters"),
                m("terrorism", 22, 32, "terrorists")),
            c("possessive-plural", "The major powers' rivalry deepened.",
                m("major-power-rivalry", 4, 25, "major powers' rivalry")),
            c("hyphen-space-closed", "Geo-political shifts, geo political changes and geopolitical shifts.",
                m("geopolitical-shifts", 0, 20, "Geo-political shifts"),
                m("geopolitical-shifts", 22, 43, "geo political changes"),
                m("geopolitical-shifts", 48, 67, "geopolitical shifts")),
            c("counter-terrorism", "counter terrorism, counter-terrorism, counterterrorism",
                m("terrorism", 0, 17, "counter terrorism"),
                m("terrorism", 19, 36, "counter-terrorism"),
                m("terrorism", 38, 54, "counterterrorism")),
            c("typographic-dashes", "counter\u2011terrorism and counter\u2013terrorism and geo\u2014political shifts",
                m("terrorism", 0, 17, "counter\u2011terrorism"),
                m("terrorism", 22, 39, "counter\u2013terrorism"),
                m("geopolitical-shifts", 44, 64, "geo\u2014political shifts")),
            c("cyber-security", "Cyber-security and cyber security and cybersecurity.",
                m("cybersecurity", 0, 14, "Cyber-security"),
                m("cybersecurity", 19, 33, "cyber security"),
                m("cybersecurity", 38, 51, "cybersecurity")),
            c("co-operation", "Defence co-operation grows.",
                m("defence-cooperation", 0, 20, "Defence co-operation")),
            c("line-break", "freedom of\nnavigation",
                m("maritime-security", 0, 21, "freedom of\nnavigation")),
            c("crlf", "freedom of\r\nnavigation",
                m("maritime-security", 0, 22, "freedom of\r\nnavigation")),
            c("spaces-around-break", "freedom of  \n   navigation",
                m("maritime-security", 0, 26, "freedom of  \n   navigation")),
            c("blank-line-stops", "freedom of\n\nnavigation"),
            c("hyphenated-line-end", "the arms-\nrace",
                m("arms-race", 4, 14, "arms-\nrace")),
            c("british-american", "Defense cooperation, defence cooperation, radicalization and radicalisation.",
                m("defence-cooperation", 0, 19, "Defense cooperation"),
                m("defence-cooperation", 21, 40, "defence cooperation"),
                m("terrorism", 42, 56, "radicalization"),
                m("terrorism", 61, 75, "radicalisation")),
            c("ize-ise", "Military modernization and organized crime.",
                m("military-modernisation", 0, 22, "Military modernization"),
                m("transnational-crime", 27, 42, "organized crime")),
            c("fullwidth", "\uFF35\uFF2E\uFF29\uFF34\uFF39 and \uFF55\uFF4E\uFF49\uFF54\uFF59",
                m("unity", 0, 5, "\uFF35\uFF2E\uFF29\uFF34\uFF39"),
                m("unity", 10, 15, "\uFF55\uFF4E\uFF49\uFF54\uFF59")),
            c("ligature-fi", "\uFB01eld training exercises",
                m("defence-cooperation", 0, 23, "\uFB01eld training exercises")),
            c("ligature-ffi", "Human tra\uFB03cking rose.",
                m("transnational-crime", 0, 15, "Human tra\uFB03cking")),
            c("typographic-apostrophe", "ASEAN\u2019s centrality",
                m("asean-centrality", 0, 18, "ASEAN\u2019s centrality")),
            c("accents", "R\u00E9silience and Re\u0301silience",
                m("resilience", 0, 10, "R\u00E9silience"),
                m("resilience", 15, 26, "Re\u0301silience")),
            c("soft-hyphen", "resil\u00ADience",
                m("resilience", 0, 11, "resil\u00ADience")),
            c("math-bold", "\uD835\uDC2E\uD835\uDC27\uD835\uDC22\uD835\uDC2D\uD835\uDC32 holds",
                m("unity", 0, 10, "\uD835\uDC2E\uD835\uDC27\uD835\uDC22\uD835\uDC2D\uD835\uDC32")),
            c("emoji-before", "\uD83D\uDE00\uD83C\uDDF8\uD83C\uDDEC unity and \uD83D\uDE00 resilience",
                m("unity", 7, 12, "unity"),
                m("resilience", 20, 30, "resilience")),
            c("coordination-unity-centrality", "We reaffirmed ASEAN's unity and centrality.",
                m("unity", 14, 42, "ASEAN's unity and centrality"),
                m("asean-centrality", 14, 42, "ASEAN's unity and centrality")),
            c("coordination-traditional", "traditional and non-traditional security threats",
                m("traditional-threats", 0, 48, "traditional and non-traditional security threats"),
                m("non-traditional-threats", 0, 48, "traditional and non-traditional security threats")),
            c("one-theme-twice-named", "Geopolitical and geostrategic shifts",
                m("geopolitical-shifts", 0, 36, "Geopolitical and geostrategic shifts")),
            c("unity-and-centrality-of-asean", "the unity and centrality of ASEAN",
                m("unity", 4, 9, "unity"),
                m("asean-centrality", 14, 33, "centrality of ASEAN")),
            c("coordination-disaster-response", "natural disaster response",
                m("natural-disasters", 0, 25, "natural disaster response"),
                m("hadr", 0, 25, "natural disaster response")),
            c("coordination-food-energy", "food and energy security",
                m("food-security", 0, 24, "food and energy security"),
                m("energy-security", 0, 24, "food and energy security")),
            c("exclude-unity-of-command", "unity of command and national unity",
                m("unity", 30, 35, "unity")),
            c("exclude-east-sea-fleet", "The East Sea Fleet sailed; the East Sea is calm.",
                m("south-china-sea", 31, 39, "East Sea")),
            c("exclude-law-enforcement", "international law enforcement and international law",
                m("rules-based-order", 34, 51, "international law")),
            c("longest-coc", "Code of Conduct in the South China Sea",
                m("south-china-sea", 0, 38, "Code of Conduct in the South China Sea")),
            c("longest-hadr", "humanitarian assistance and disaster relief",
                m("hadr", 0, 43, "humanitarian assistance and disaster relief")),
            c("longest-nwfz", "a nuclear weapon-free zone",
                m("nuclear-and-wmd", 2, 26, "nuclear weapon-free zone")),
            c("longest-maritime", "maritime security cooperation",
                m("maritime-security", 0, 17, "maritime security")),
            c("longest-non-traditional", "non-traditional security",
                m("non-traditional-threats", 0, 24, "non-traditional security")),
            c("commas-in-term", "chemical, biological, radiological and nuclear threats",
                m("nuclear-and-wmd", 0, 46, "chemical, biological, radiological and nuclear")),
            c("comma-not-in-term", "illegal, unreported and unregulated fishing; illegal, fishing",
                m("transnational-crime", 0, 43, "illegal, unreported and unregulated fishing")),
            c("ampersand", "search & rescue",
                m("hadr", 0, 15, "search & rescue")),
            c("us-china", "U.S.-China rivalry and US\u2013China strategic competition",
                m("major-power-rivalry", 0, 18, "U.S.-China rivalry"),
                m("major-power-rivalry", 23, 53, "US\u2013China strategic competition")),
            c("wps-comma", "women, peace and security",
                m("women-peace-security", 0, 25, "women, peace and security")),
            c("not-whole-word", "resiliently and unresilient"),
            c("word-end-at-hyphen", "terrorist-related",
                m("terrorism", 0, 9, "terrorist")),
            c("start-after-hyphen", "anti-piracy and anti-terrorism",
                m("transnational-crime", 5, 11, "piracy"),
                m("terrorism", 16, 30, "anti-terrorism")),
            c("missing-space-after-period", "Cooperation.Unity matters; ASEAN's solidarity.",
                m("unity", 12, 17, "Unity"),
                m("unity", 35, 45, "solidarity")),
            c("parentheses", "(HADR)",
                m("hadr", 1, 5, "HADR")),
            c("quotes", "the \u201Cunity\u201D of \u2018ASEAN\u2019",
                m("unity", 5, 10, "unity")),
            c("gap-too-long", "arms                                                                      race")
);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedMentions(String text, List<Expected> expected) {
        List<Mention> mentions = extractor.extract(text).mentions();
        assertThat(mentions)
            .extracting(m -> new Expected(m.themeId(), m.start(), m.end(), m.term()))
            .containsExactlyElementsOf(expected);
        for (Mention m : mentions) {
            assertThat(text.substring((int) m.start(), (int) m.end())).isEqualTo(m.term());
            Sentence s = m.sentence();
            assertThat(text.substring((int) s.start(), (int) s.end())).isEqualTo(s.text());
            assertThat(m.start()).isGreaterThanOrEqualTo(s.start());
            assertThat(m.end()).isLessThanOrEqualTo(s.end());
        }
    }

    private static Arguments c(String name, String text, Expected... expected) {
        return Arguments.of(Named.of(name, text), List.of(expected));
    }

    private static Expected m(String themeId, long start, long end, String term) {
        return new Expected(themeId, start, end, term);
    }

    @Test
    void mentionsCarryTheirSentenceAcrossAbbreviations() {
        String text = "The U.S. Navy joined Dr. Tan on 5 Jan. 2024, e.g. at sea. ASEAN unity matters, i.e. it is No. 1.";
        List<Mention> mentions = extractor.extract(text).mentions();
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.themeId()).isEqualTo("unity");
            assertThat(m.sentence()).isEqualTo(new Sentence("ASEAN unity matters, i.e. it is No. 1.", 58, 96));
        });
    }

    @Test
    void mentionsInOneSentenceShareOneSentenceObject() {
        List<Mention> mentions = extractor.extract("  Unity and resilience.\n\nPiracy.  ").mentions();
        assertThat(mentions).extracting(Mention::themeId).containsExactly("unity", "resilience", "transnational-crime");
        assertThat(mentions.get(0).sentence()).isSameAs(mentions.get(1).sentence());
        assertThat(mentions.get(0).sentence()).isEqualTo(new Sentence("Unity and resilience.", 2, 23));
        assertThat(mentions.get(2).sentence()).isEqualTo(new Sentence("Piracy.", 25, 32));
    }

    @Test
    void reportsTheTaxonomyPhraseThatMatched() {
        assertThat(extractor.extract("Arms racing and geo-political changes.").mentions())
            .extracting(Mention::phrase)
            .containsExactly("arms race", "geopolitical change");
    }

    @Test
    void countsEveryThemeInTaxonomyOrderAndTheWords() {
        Extraction extraction = extractor.extract("Unity, unity and solidarity; piracy at sea.");
        assertThat(extraction.words()).isEqualTo(7);
        assertThat(extraction.counts().keySet()).containsExactlyElementsOf(extractor.taxonomy().ids());
        assertThat(extraction.counts()).containsEntry("unity", 3).containsEntry("transnational-crime", 1)
            .containsEntry("arms-race", 0);
        assertThat(extraction.counts().values().stream().mapToInt(Integer::intValue).sum())
            .isEqualTo(extraction.mentions().size());
    }

    @Test
    void emptyAndBlankTextsHaveNothing() {
        for (String text : List.of("", "   \n\n\t ")) {
            Extraction extraction = extractor.extract(text);
            assertThat(extraction.mentions()).isEmpty();
            assertThat(extraction.words()).isZero();
        }
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        String text = "ASEAN's unity and centrality. Arms races. Counter-terrorism and piracy. ".repeat(200);
        Extraction expected = extractor.extract(text);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Extraction>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> extractor.extract(text)));
            }
            for (var result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}

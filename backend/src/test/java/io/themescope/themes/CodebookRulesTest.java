package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The counting codebook's cases, each rule in both directions, with exact spans, on the shipped
 * taxonomy: what one mention is (a name and its acronym, one noun phrase, coordinated and elided
 * words, routed combinations) and the messy-text cases the extractor handles.
 */
class CodebookRulesTest {

    private static final MentionExtractor EXTRACTOR = MentionExtractor.of(TaxonomyLoader.loadDefault());

    /** "theme:term@start" for every mention, in text order. */
    private static List<String> found(String text) {
        return EXTRACTOR.extract(text).mentions().stream()
            .map(m -> m.themeId() + ":" + m.term() + "@" + m.start())
            .toList();
    }

    // §2: a name and its own acronym in brackets are one mention, the bracket included

    @Test
    void aNameAndItsBracketedAcronymAreOneMention() {
        assertThat(found("humanitarian assistance and disaster relief (HADR)"))
            .containsExactly("hadr:humanitarian assistance and disaster relief (HADR)@0");
        assertThat(found("the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ) Treaty"))
            .containsExactly("nuclear-and-wmd:Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ)@4");
        assertThat(found("the 2019 Novel Coronavirus (COVID-19) outbreak"))
            .containsExactly("pandemic-and-health:2019 Novel Coronavirus (COVID-19)@4");
        assertThat(found("confidence-building measures (CBMs) help"))
            .containsExactly("confidence-building:confidence-building measures (CBMs)@0");
    }

    @Test
    void aLaterBareAcronymIsANewMention() {
        assertThat(found("Humanitarian Assistance and Disaster Relief (HADR) matters. HADR drills went on."))
            .containsExactly("hadr:Humanitarian Assistance and Disaster Relief (HADR)@0", "hadr:HADR@60");
    }

    @Test
    void anAcronymDefinedForAThemeIsLearnedForTheRestOfTheDocument() {
        String text = "The Experts' Working Group on Counter-Terrorism (EWG-CT) met. The EWG-CT agreed.";
        assertThat(found(text)).containsExactly("terrorism:Counter-Terrorism (EWG-CT)@30", "terrorism:EWG-CT@66");
        assertThat(found("Military Medicine (MM) and MM/HADR operations"))
            .containsExactly("pandemic-and-health:Military Medicine (MM)@0", "pandemic-and-health:MM@27",
                "hadr:HADR@30");
    }

    @Test
    void aLearnedAcronymCountsOnlyAfterItsDefinitionAndOnlyAsWritten() {
        String text = "The DOC was signed. The Declaration on the Conduct of Parties in the South China Sea (DOC) "
            + "binds. The DOC holds; a doc does not.";
        assertThat(found(text)).containsExactly(
            "south-china-sea:Declaration on the Conduct of Parties in the South China Sea (DOC)@24", "south-china-sea:DOC@102");
        assertThat(found("The Guidelines for Air Military Encounters (GAME) apply. It is no game."))
            .containsExactly("confidence-building:Guidelines for Air Military Encounters (GAME)@4");
    }

    @Test
    void aBracketThatIsNoAcronymOrNamesAnotherThemeDoesNotJoin() {
        assertThat(found("maritime security (see below)")).containsExactly("maritime-security:maritime security@0");
        assertThat(found("maritime security (HADR)"))
            .containsExactly("maritime-security:maritime security@0", "hadr:HADR@19");
        assertThat(found("a learned (Xy) word")).isEmpty();
    }

    // §2: one noun phrase holding two terms of one theme is one mention; two heads are two

    @Test
    void touchingMatchesOfOneThemeAreOneNounPhrase() {
        assertThat(found("the COVID-19 pandemic")).containsExactly("pandemic-and-health:COVID-19 pandemic@4");
        assertThat(found("the ASEAN Centre of Military Medicine (ACMM)"))
            .containsExactly("pandemic-and-health:ASEAN Centre of Military Medicine (ACMM)@4");
        assertThat(found("the Coronavirus Disease 2019 (COVID-19) pandemic"))
            .containsExactly("pandemic-and-health:Coronavirus Disease 2019 (COVID-19) pandemic@4");
        assertThat(found("Humanitarian Assistance and Disaster Relief – HADR"))
            .containsExactly("hadr:Humanitarian Assistance and Disaster Relief – HADR@0");
        assertThat(found("the COVID-19\npandemic")).containsExactly("pandemic-and-health:COVID-19\npandemic@4");
    }

    @Test
    void twoHeadNounsAndSeparatePhrasesStayTwo() {
        assertThat(found("unity and solidarity")).containsExactly("unity:unity@0", "unity:solidarity@10");
        assertThat(found("terrorism and violent extremism"))
            .containsExactly("terrorism:terrorism@0", "terrorism:violent extremism@14");
        assertThat(found("public health emergencies including the COVID-19 pandemic"))
            .containsExactly("pandemic-and-health:public health emergencies@0",
                "pandemic-and-health:COVID-19 pandemic@40");
        assertThat(found("builds trust and confidence"))
            .containsExactly("confidence-building:builds trust@0", "confidence-building:confidence@17");
        assertThat(found("COUNTER-TERRORISM\nTerrorism remains a threat."))
            .containsExactly("terrorism:COUNTER-TERRORISM@0", "terrorism:Terrorism@18");
    }

    // §2 and §3: coordinated modifiers on one head, elided heads and modifiers restored

    @Test
    void coordinatedModifiersOnOneHeadAreOneMention() {
        assertThat(found("defence and military cooperation"))
            .containsExactly("defence-cooperation:defence and military cooperation@0");
        assertThat(found("communicable and infectious diseases"))
            .containsExactly("pandemic-and-health:communicable and infectious diseases@0");
        assertThat(found("geopolitical and geostrategic shifts"))
            .containsExactly("geopolitical-shifts:geopolitical and geostrategic shifts@0");
        assertThat(found("non-traditional and transnational security challenges"))
            .containsExactly("non-traditional-threats:non-traditional and transnational security challenges@0");
        assertThat(found("geo-political and geo-economic changes"))
            .containsExactly("geopolitical-shifts:geo-political and geo-economic changes@0");
    }

    @Test
    void aCoordinationNamingTwoThemesCountsOnceForEachOnOneSpan() {
        assertThat(found("traditional and non-traditional security threats")).containsExactly(
            "traditional-threats:traditional and non-traditional security threats@0",
            "non-traditional-threats:traditional and non-traditional security threats@0");
        // the written phrase first, then the one restored from it
        assertThat(found("maritime and cyber security")).containsExactly(
            "cybersecurity:maritime and cyber security@0", "maritime-security:maritime and cyber security@0");
        assertThat(found("confidence and capability building mechanisms")).containsExactly(
            "capacity-building:confidence and capability building@0",
            "confidence-building:confidence and capability building@0");
        assertThat(found("ASEAN's unity and centrality")).containsExactly(
            "unity:ASEAN's unity and centrality@0", "asean-centrality:ASEAN's unity and centrality@0");
    }

    @Test
    void anElidedModifierIsRestored() {
        assertThat(found("defence capacity building and cooperation"))
            .containsExactly("capacity-building:capacity building@8", "defence-cooperation:cooperation@30");
        assertThat(found("ASEAN's role and its centrality"))
            .containsExactly("asean-centrality:ASEAN's role and its centrality@0");
        assertThat(found("political-security dialogue and cooperation"))
            .containsExactly("defence-cooperation:security dialogue and cooperation@10");
        assertThat(found("practical cooperation on cyber security and defence")).containsExactly(
            "cybersecurity:cyber security@25", "cybersecurity:defence@44");
    }

    @Test
    void nothingIsRestoredWhereNoTermResults() {
        assertThat(found("peace and security cooperation")).containsExactly("defence-cooperation:security cooperation@10");
        assertThat(found("land and the sea lanes")).isEmpty();
        assertThat(found("regional peace and security")).isEmpty();
    }

    // §3: where the taxonomy routes a combination to one theme, follow it

    @Test
    void cooperationOnANamedThemeCountsForThatTheme() {
        assertThat(found("practical cooperation on cyber security")).containsExactly("cybersecurity:cyber security@25");
        assertThat(found("civilian-military cooperation in managing disaster relief"))
            .containsExactly("hadr:disaster relief@42");
        assertThat(found("maritime security cooperation")).containsExactly("maritime-security:maritime security@0");
        assertThat(found("defence cooperation in the region"))
            .containsExactly("defence-cooperation:defence cooperation@0");
        assertThat(found("table-top exercises on military medicine")).containsExactly(
            "defence-cooperation:table-top exercises@0", "pandemic-and-health:military medicine@23");
    }

    // §4: spelling, spacing and hyphen variants; messy real text

    @Test
    void messyTextStillMatches() {
        assertThat(found("the COVID- 19 crisis")).containsExactly("pandemic-and-health:COVID- 19@4");
        assertThat(found("defence coop-\neration")).containsExactly("defence-cooperation:defence coop-\neration@0");
        assertThat(found("conduct of HA/DR drills")).containsExactly("hadr:HA/DR@11");
        assertThat(found("the United Nations (UN) Charter")).containsExactly("rules-based-order:United Nations (UN) Charter@4");
        assertThat(found("ADMM-Plus DefenceCooperation grows"))
            .containsExactly("defence-cooperation:DefenceCooperation@10");
        assertThat(found("to strengthenMaritime security")).containsExactly("maritime-security:Maritime security@13");
        assertThat(found("the ASEANMaritime Security Forum")).isEmpty();
        assertThat(found("strengthened defence cooperationAmong members"))
            .containsExactly("defence-cooperation:defence cooperation@13");
        assertThat(found("self-resilience")).containsExactly("resilience:resilience@5");
    }

    @Test
    void gluedLowerCaseWordsAreNotSplit() {
        // "cooperationbased" cannot be split without also splitting "cooperations" and the like
        assertThat(found("defence cooperationbased on trust")).isEmpty();
        assertThat(found("McDonald and iPhone")).isEmpty();
    }

    /** Random mixes of the fragments the rules look at: never an exception, exact spans, same as streamed. */
    @Test
    void randomTextsGiveExactSpansAndTheSameMentionsWhenStreamed() throws IOException {
        String[] fragments = {"(", ")", "HADR", "(HADR)", "and", "or", ",", " ", " ", "-", "\n", "\n\n", "COVID-19",
            "pandemic", "defence", "cooperation", "Military Medicine", "(MM)", "MM", "/", "on", "in", "cyber security",
            "'s", "ASEAN", "unity", "centrality", "its", "the", ".", "trust", "confidence", "builds", "(EWG-CT)",
            "Counter-Terrorism", "Zz", "aB", "\u00a0", "\u2013", "(x)", "non-traditional", "security", "challenges"};
        Random random = new Random(14);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(fragments[random.nextInt(fragments.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            Extraction inMemory = EXTRACTOR.extract(t);
            long previous = -1;
            for (Mention m : inMemory.mentions()) {
                assertThat(t.substring((int) m.start(), (int) m.end())).as("span in %s", t).isEqualTo(m.term());
                assertThat(m.start()).as("text order in %s", t).isGreaterThanOrEqualTo(previous);
                previous = m.start();
            }
            List<Mention> streamed = new ArrayList<>();
            EXTRACTOR.extract(new StringReader(t), streamed::add);
            assertThat(streamed).as("streamed %s", t).isEqualTo(inMemory.mentions());
        }
    }
}

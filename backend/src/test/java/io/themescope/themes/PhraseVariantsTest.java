package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseVariantsTest {

    @Test
    void lastWordGetsPluralAndIngForms() {
        assertThat(PhraseVariants.keys("arms race"))
            .contains("armsrace", "armsraces", "armsracing", "armrace", "armraces")
            .doesNotContain("armsrac");
        assertThat(PhraseVariants.keys("flood")).contains("flood", "floods", "flooding");
        assertThat(PhraseVariants.keys("disaster")).contains("disaster", "disasters");
        assertThat(PhraseVariants.keys("non-traditional security challenge"))
            .contains("nontraditionalsecuritychallenges", "nontraditionalsecuritieschallenge");
    }

    @Test
    void pluralsAreSingularisedAndNeverGetIng() {
        assertThat(PhraseVariants.keys("weapons of mass destruction")).contains("weaponofmassdestruction");
        assertThat(PhraseVariants.keys("peaceful means")).contains("peacefulmean").doesNotContain("peacefulmeaning");
        assertThat(PhraseVariants.keys("parties")).contains("party");
        assertThat(PhraseVariants.keys("crisis")).contains("crises");
    }

    @Test
    void possessivesMatchWithOrWithoutApostrophe() {
        assertThat(PhraseVariants.keys("ASEAN's centrality")).contains("aseancentrality", "aseanscentrality");
        assertThat(PhraseVariants.keys("ASEAN centrality")).contains("aseanscentrality");
        assertThat(PhraseVariants.keys("unity")).contains("unitys", "unities");
    }

    @Test
    void functionAndShortWordsAreNotInflected() {
        assertThat(PhraseVariants.keys("rule of law")).contains("rulesoflaw", "ruleoflaws").doesNotContain("ruleofslaw");
        assertThat(PhraseVariants.keys("UN Charter")).doesNotContain("unscharter");
    }

    @Test
    void hyphenatedWordsInflectTheirLastPart() {
        assertThat(PhraseVariants.keys("arms build-up")).contains("armsbuildup", "armsbuildups");
        assertThat(PhraseVariants.keys("COVID-19")).containsExactly("covid19");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "defence cooperation, defensecooperation",
        "defense cooperation, defencecooperation",
        "radicalisation, radicalization",
        "radicalization, radicalisations",
        "organised crime, organizedcrime",
        "militarise, militarizing",
        "analyse, analyzes",
        "labour, labor",
        "neighbor, neighbour",
        "neighbouring, neighboring",
        "centre, centers",
        "ASEAN-centred, aseancentered",
        "manoeuvre, maneuvering",
        "programme, programs",
        "haemorrhagic fever, hemorrhagicfevers",
    })
    void britishAndAmericanSpellings(String phrase, String expectedKey) {
        assertThat(PhraseVariants.keys(phrase)).contains(expectedKey);
    }

    @Test
    void orIsNotTurnedIntoOurInGeneral() {
        assertThat(PhraseVariants.keys("sector")).doesNotContain("sectour");
    }

    @Test
    void separatorsVanishAndSymbolsStay() {
        assertThat(PhraseVariants.keys("geo-political shift")).contains("geopoliticalshift");
        assertThat(PhraseVariants.keys("U.S.-China rivalry")).contains("uschinarivalry");
        assertThat(PhraseVariants.keys("women, peace and security")).contains("women,peaceandsecurity");
        assertThat(PhraseVariants.keys("search & rescue")).contains("searchandrescue");
        assertThat(PhraseVariants.keys("\uFF35\uFF2E\uFF29\uFF34\uFF39")).contains("unity");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        arms/race            | contains '/', which never occurs inside a match (use letters, digits, spaces, hyphens, apostrophes, commas, '&' and periods inside abbreviations)
        the U.S.             | has a period that is not inside an abbreviation such as U.S.
        -unity               | has a hyphen or dash that is not between two letters or digits
        unity-               | has a hyphen or dash that is not between two letters or digits
        'unity               | has an apostrophe that does not follow a letter
        peace ,security      | has a comma that does not follow a word
        unity,               | must start and end with a letter or digit
        ...                  | has a period that is not inside an abbreviation such as U.S.
        """)
    void rejectsPhrasesThatCannotMatch(String phrase, String reason) {
        assertThatThrownBy(() -> PhraseVariants.keys(phrase))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(reason);
    }

    @Test
    void rejectsPhrasesWithoutLettersAndRunawayExpansions() {
        assertThatThrownBy(() -> PhraseVariants.keys("&")).hasMessage("must start and end with a letter or digit");
        assertThatThrownBy(() -> PhraseVariants.keys("  ")).hasMessage("has no letters or digits");
        String longPhrase = "defence organisation ".repeat(8).strip();
        assertThatThrownBy(() -> PhraseVariants.keys(longPhrase))
            .hasMessage("expands to more than 4096 spellings; split it into shorter phrases");
    }
}

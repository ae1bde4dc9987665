package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counting rules on a small taxonomy built to exercise them one by one. */
class MatchingRulesTest {

    private static final MentionExtractor EXTRACTOR = MentionExtractor.of(TaxonomyLoader.parse("""
        version: "test-1"
        themes:
          - id: alpha
            label: Alpha
            group: cooperation-and-norms
            description: Terms with excludes.
            terms: [unity, sea power, national unity, race relations]
            exclude: [unity of command, festival of unity, sea power projection, unity command post]
            examples: [unity]
          - id: beta
            label: Beta
            group: traditional-security
            description: Overlapping shorter and longer terms.
            terms: [sea, command, great unity, arms race, arms race dynamics]
            examples: [the sea]
        coordinations:
          - themes: [alpha, beta]
            phrases: [unity command]
            examples: [unity command]
        """, "rules.yaml"));

    private static List<String> found(String text) {
        return EXTRACTOR.extract(text).mentions().stream()
            .map(m -> m.themeId() + ":" + m.term() + "@" + m.start())
            .toList();
    }

    @Test
    void longestMatchFromAStartWinsAndHidesWhatItCovers() {
        assertThat(found("arms race dynamics")).containsExactly("beta:arms race dynamics@0");
        assertThat(found("arms race")).containsExactly("beta:arms race@0");
        assertThat(found("great unity")).containsExactly("beta:great unity@0");
    }

    @Test
    void leftmostMatchWinsOverALaterOverlappingOne() {
        assertThat(found("arms race relations")).containsExactly("beta:arms race@0");
        assertThat(found("race relations")).containsExactly("alpha:race relations@0");
    }

    @Test
    void anExcludeSilencesItsThemeOnlyAndDoesNotConsumeText() {
        assertThat(found("unity of command")).containsExactly("beta:command@9");
    }

    @Test
    void anExcludeMayStartBeforeTheTerm() {
        assertThat(found("festival of unity, then unity")).containsExactly("alpha:unity@24");
    }

    @Test
    void aShorterMatchFromTheSameStartCountsWhenTheLongestIsExcluded() {
        assertThat(found("sea power projection and sea power")).containsExactly("beta:sea@0", "alpha:sea power@25");
    }

    @Test
    void aCoordinationCountsEachThemeOnceWithTheSameSpan() {
        assertThat(found("the unity command")).containsExactly("alpha:unity command@4", "beta:unity command@4");
    }

    @Test
    void aCoordinationLosesOnlyTheThemeWhoseExcludeCoversIt() {
        assertThat(found("unity command post")).containsExactly("beta:unity command@0");
    }

    @Test
    void phrasesDoNotCrossSentenceEndsOrPunctuation() {
        assertThat(found("national. Unity")).containsExactly("alpha:Unity@10");
        assertThat(found("arms; race")).isEmpty();
        assertThat(found("arms (race)")).isEmpty();
        assertThat(found("arms\n\nrace")).isEmpty();
    }

    @Test
    void formatCharactersAndAbbreviationPeriodsAreSkippedInsidePhrases() {
        assertThat(found("arms\u200B race")).containsExactly("beta:arms\u200B race@0");
        assertThat(found("uni\u00ADty")).containsExactly("alpha:uni\u00ADty@0");
    }
}

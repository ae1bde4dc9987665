package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultTaxonomyTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();
    private static final MentionExtractor EXTRACTOR = MentionExtractor.of(TAXONOMY);

    @Test
    void isVersionedAndComesFromTheClasspath() {
        assertThat(TAXONOMY.version()).matches("\\d{4}\\.\\d+\\.\\d+");
        assertThat(TAXONOMY.source()).isEqualTo("classpath:themes/default.yaml");
    }

    @Test
    void hasTheRequiredThemes() {
        assertThat(TAXONOMY.ids()).contains(
            "arms-race", "major-power-rivalry", "geopolitical-shifts", "south-china-sea", "maritime-security",
            "nuclear-and-wmd", "non-traditional-threats", "terrorism", "transnational-crime", "natural-disasters",
            "hadr", "cybersecurity", "pandemic-and-health", "climate-change", "resilience", "unity",
            "asean-centrality", "rules-based-order", "defence-cooperation", "peacekeeping", "confidence-building",
            "capacity-building", "territorial-disputes", "military-modernisation", "women-peace-security",
            "energy-security", "food-security", "humanitarian-mine-action", "traditional-threats");
    }

    @Test
    void usesEveryGroup() {
        assertThat(TAXONOMY.themes().stream().map(Theme::group).collect(Collectors.toSet()))
            .containsExactlyInAnyOrder(ThemeGroup.values());
    }

    static Stream<Arguments> examples() {
        return TAXONOMY.themes().stream()
            .flatMap(theme -> theme.examples().stream().map(example -> Arguments.of(theme.id(), example)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void everyExampleYieldsItsTheme(String themeId, String example) {
        assertThat(EXTRACTOR.extract(example).mentions()).extracting(Mention::themeId).contains(themeId);
    }

    static Stream<Arguments> terms() {
        return TAXONOMY.themes().stream()
            .flatMap(theme -> theme.terms().stream().map(term -> Arguments.of(theme.id(), term)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("terms")
    void everyTermAsWrittenIsOneMentionOfItsTheme(String themeId, String term) {
        assertThat(EXTRACTOR.extract(term).mentions())
            .singleElement()
            .satisfies(m -> {
                assertThat(m.themeId()).isEqualTo(themeId);
                assertThat(m.term()).isEqualTo(term);
            });
    }

    @Test
    void everyCoordinationPhraseCountsEachOfItsThemesOnce() {
        for (Coordination coordination : TAXONOMY.coordinations()) {
            for (String phrase : coordination.phrases()) {
                List<Mention> mentions = EXTRACTOR.extract(phrase).mentions();
                assertThat(mentions).extracting(Mention::themeId).containsExactlyElementsOf(coordination.themes());
                assertThat(mentions).allSatisfy(m -> assertThat(m.term()).isEqualTo(phrase));
            }
            for (String example : coordination.examples()) {
                assertThat(EXTRACTOR.extract(example).mentions()).extracting(Mention::themeId)
                    .containsAll(coordination.themes());
            }
        }
    }

    @Test
    void idsAreKebabCaseAndDescriptionsSayWhatCounts() {
        Set<String> groups = Arrays.stream(ThemeGroup.values()).map(ThemeGroup::id).collect(Collectors.toSet());
        assertThat(TAXONOMY.themes()).allSatisfy(theme -> {
            assertThat(theme.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(groups).contains(theme.group().id());
            assertThat(theme.description()).hasSizeGreaterThan(20);
            assertThat(theme.examples()).isNotEmpty();
        });
    }
}

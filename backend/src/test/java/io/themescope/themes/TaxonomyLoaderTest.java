package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyLoaderTest {

    private static final String VALID = """
        version: "t1"
        themes:
          - id: alpha
            label: Alpha
            group: cooperation-and-norms
            description: Alpha things.
            terms: [unity]
            examples: [ASEAN unity matters.]
          - id: beta
            label: Beta
            group: traditional-security
            description: Beta things.
            terms: [arms race]
            examples: [An arms race looms.]
        coordinations:
          - themes: [alpha, beta]
            phrases: [unity arms race]
            examples: [They fear a unity arms race.]
        """;

    private static Taxonomy parse(String yaml) {
        return TaxonomyLoader.parse(yaml, "test.yaml");
    }

    /** The valid file with one piece of text replaced; the replaced text must exist. */
    private static String valid(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void readsAValidTaxonomy() {
        Taxonomy taxonomy = parse(VALID);
        assertThat(taxonomy.version()).isEqualTo("t1");
        assertThat(taxonomy.source()).isEqualTo("test.yaml");
        assertThat(taxonomy.ids()).containsExactly("alpha", "beta");
        assertThat(taxonomy.theme("beta")).hasValueSatisfying(theme -> {
            assertThat(theme.label()).isEqualTo("Beta");
            assertThat(theme.group()).isEqualTo(ThemeGroup.TRADITIONAL_SECURITY);
            assertThat(theme.terms()).containsExactly("arms race");
            assertThat(theme.exclude()).isEmpty();
        });
        assertThat(taxonomy.theme("gamma")).isEmpty();
        assertThat(taxonomy.coordinations()).singleElement()
            .satisfies(c -> assertThat(c.themes()).containsExactly("alpha", "beta"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `version: "t1"`                         | `name: x\nversion: "t1"`                      | test.yaml: unknown field 'name' (allowed: version, themes, coordinations)
        `version: "t1"\n`                       | ``                                            | test.yaml: field 'version': missing
        `version: "t1"`                         | `version: 2026.11`                            | test.yaml: field 'version': must be a string (quote it)
        `version: "t1"`                         | `version: "  "`                               | test.yaml: field 'version': must not be blank
        `- id: beta`                            | `- name: beta`                                | test.yaml: theme #2: field 'id': missing
        `id: beta`                              | `id: Beta_Theme`                              | test.yaml: theme 'Beta_Theme': field 'id': must be kebab-case (lower-case letters and digits in groups joined by single hyphens)
        `id: beta`                              | `id: alpha`                                   | test.yaml: theme 'alpha': field 'id': duplicate, already used by theme #1
        `    label: Beta`                       | `    label: Beta\n    synonyms: [x]`          | test.yaml: theme 'beta': unknown field 'synonyms' (allowed: id, label, group, description, terms, exclude, examples, yields-before-named-theme)
        `group: traditional-security`           | `group: military`                             | test.yaml: theme 'beta': field 'group': 'military' is not one of traditional-security, non-traditional-security, cooperation-and-norms
        `label: Beta`                           | `label: ""`                                   | test.yaml: theme 'beta': field 'label': must not be blank
        `    description: Beta things.\n`       | ``                                            | test.yaml: theme 'beta': field 'description': missing
        `label: Beta`                           | `label: [Beta]`                               | test.yaml: theme 'beta': field 'label': must be a string (quote it)
        `terms: [arms race]`                    | `terms: []`                                   | test.yaml: theme 'beta': field 'terms': must be a non-empty list of strings
        `terms: [arms race]`                    | `terms: arms race`                            | test.yaml: theme 'beta': field 'terms': must be a non-empty list of strings
        `terms: [arms race]`                    | `terms: [arms race, " "]`                     | test.yaml: theme 'beta': field 'terms': item 2 is blank
        `terms: [arms race]`                    | `terms: [[arms race]]`                        | test.yaml: theme 'beta': field 'terms': item 1 must be a string
        `terms: [arms race]`                    | `terms: [arms/race]`                          | test.yaml: theme 'beta': field 'terms': "arms/race" contains '/', which never occurs inside a match (use letters, digits, spaces, hyphens, apostrophes, commas, '&' and periods inside abbreviations)
        `terms: [arms race]`                    | `terms: [arms race, Unities]`                 | test.yaml: theme 'beta': field 'terms': "Unities" matches the same text as "unity" of theme 'alpha' (both match "unities"); a passage may count for one theme only
        `terms: [unity]`                        | `terms: [unity]\n    exclude: [Unity]`        | test.yaml: theme 'alpha': field 'exclude': "Unity" matches the same text as its own term "unity"
        `terms: [unity]`                        | `terms: [unity]\n    exclude: [arms race]`    | test.yaml: theme 'alpha': field 'exclude': "arms race" contains no term of this theme, so it would never apply
        `terms: [unity]`                        | `terms: [unity]\n    exclude: [unity/x]`      | test.yaml: theme 'alpha': field 'exclude': "unity/x" contains '/', which never occurs inside a match (use letters, digits, spaces, hyphens, apostrophes, commas, '&' and periods inside abbreviations)
        `terms: [unity]`                        | `terms: [unity]\n    exclude: 5`              | test.yaml: theme 'alpha': field 'exclude': must be a list of strings
        `examples: [ASEAN unity matters.]`      | `examples: [The community met.]`              | test.yaml: theme 'alpha': field 'examples': "The community met." yields no mention of 'alpha'
        `examples: [An arms race looms.]`       | `examples: []`                                | test.yaml: theme 'beta': field 'examples': must be a non-empty list of strings
        `themes: [alpha, beta]`                 | `themes: [alpha, gamma]`                      | test.yaml: coordination #1: field 'themes': unknown theme 'gamma'
        `themes: [alpha, beta]`                 | `themes: [alpha, alpha]`                      | test.yaml: coordination #1: field 'themes': must name at least two different themes
        `themes: [alpha, beta]`                 | `themes: [alpha, beta]\n    weight: 2`        | test.yaml: coordination #1: unknown field 'weight' (allowed: themes, phrases, description, examples)
        `phrases: [unity arms race]`            | `phrases: [arms-race]`                        | test.yaml: coordination #1 (alpha, beta): field 'phrases': "arms-race" matches the same text as "arms race" of theme 'beta' (both match "armsrace"); a passage may count for one theme only
        `phrases: [unity arms race]`            | `phrases: []`                                 | test.yaml: coordination #1 (alpha, beta): field 'phrases': must be a non-empty list of strings
        `examples: [They fear a unity arms race.]` | `examples: [They fear unity.]`             | test.yaml: coordination #1 (alpha, beta): field 'examples': "They fear unity." yields no match of its phrases
        `coordinations:`                        | `coordinations: 3\nx:`                        | test.yaml: unknown field 'x' (allowed: version, themes, coordinations)
        """)
    void rejectsWithAMessageNamingFileThemeAndField(String from, String to, String message) {
        String yaml = valid(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(TaxonomyException.class).hasMessage(message);
    }

    @Test
    void rejectsDocumentsOfTheWrongShape() {
        assertThatThrownBy(() -> parse("")).hasMessage("test.yaml: is empty");
        assertThatThrownBy(() -> parse("- a\n- b\n"))
            .hasMessage("test.yaml: must be a mapping with the fields 'version' and 'themes'");
        assertThatThrownBy(() -> parse("version: \"1\"\nthemes: []\n"))
            .hasMessage("test.yaml: field 'themes': must be a non-empty list");
        assertThatThrownBy(() -> parse("version: \"1\"\nthemes: [unity]\n"))
            .hasMessage("test.yaml: theme #1: must be a mapping");
    }

    @Test
    void rejectsInvalidYamlAndDuplicateKeys() {
        assertThatThrownBy(() -> parse("version: [\n"))
            .isInstanceOf(TaxonomyException.class)
            .hasMessageStartingWith("test.yaml: is not valid YAML: ");
        assertThatThrownBy(() -> parse(valid("    label: Beta", "    label: Beta\n    label: Gamma")))
            .hasMessageStartingWith("test.yaml: is not valid YAML: Duplicate Object property \"label\"");
    }

    @Test
    void readsFilesAndNamesThemInMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("themes.yaml");
        Files.writeString(file, VALID);
        assertThat(TaxonomyLoader.load(file).source()).isEqualTo(file.toString());

        Files.writeString(file, valid("group: traditional-security", "group: nope"));
        assertThatThrownBy(() -> TaxonomyLoader.load(file))
            .hasMessage(file + ": theme 'beta': field 'group': 'nope' is not one of traditional-security,"
                + " non-traditional-security, cooperation-and-norms");

        Path missing = dir.resolve("missing.yaml");
        assertThatThrownBy(() -> TaxonomyLoader.load(missing))
            .hasMessage(missing + ": cannot be read: java.nio.file.NoSuchFileException: " + missing);
        assertThatThrownBy(() -> TaxonomyLoader.loadResource("themes/none.yaml"))
            .hasMessage("classpath:themes/none.yaml: not found");
    }
}

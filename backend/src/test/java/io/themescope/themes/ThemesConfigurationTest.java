package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ThemesConfigurationTest {

    private final ApplicationContextRunner runner =
        new ApplicationContextRunner().withUserConfiguration(ThemesConfiguration.class);

    @Test
    void usesTheClasspathTaxonomyWhenNoFileIsSet() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Taxonomy.class).hasSingleBean(MentionExtractor.class);
            assertThat(context.getBean(Taxonomy.class).source()).isEqualTo("classpath:themes/default.yaml");
            assertThat(context.getBean(MentionExtractor.class).extract("Unity.").counts()).containsEntry("unity", 1);
        });
        runner.withPropertyValues("themescope.themes.file=").run(context ->
            assertThat(context.getBean(Taxonomy.class).source()).isEqualTo("classpath:themes/default.yaml"));
    }

    @Test
    void readsTheConfiguredFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("themes.yaml");
        Files.writeString(file, """
            version: "local-1"
            themes:
              - id: sea
                label: Sea
                group: traditional-security
                description: The sea.
                terms: [sea]
                examples: [At sea.]
            """);
        runner.withPropertyValues("themescope.themes.file=" + file).run(context -> {
            Taxonomy taxonomy = context.getBean(Taxonomy.class);
            assertThat(taxonomy.version()).isEqualTo("local-1");
            assertThat(taxonomy.source()).isEqualTo(file.toString());
            assertThat(context.getBean(MentionExtractor.class).taxonomy()).isSameAs(taxonomy);
        });
    }

    @Test
    void failsToStartOnABrokenFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "version: \"1\"\nthemes: []\n");
        runner.withPropertyValues("themescope.themes.file=" + file).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(TaxonomyException.class)
                .hasMessage(file + ": field 'themes': must be a non-empty list");
        });
    }
}

package io.themescope.themes;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the taxonomy and the extractor available to the application. The taxonomy comes from the
 * file named by {@code themescope.themes.file}, or from the one on the classpath when that is empty,
 * and is validated at startup so a broken file stops the application instead of skewing counts.
 */
@Configuration(proxyBeanMethods = false)
class ThemesConfiguration {

    @Bean
    Taxonomy themeTaxonomy(@Value("${themescope.themes.file:}") String file) {
        return file == null || file.isBlank() ? TaxonomyLoader.loadDefault() : TaxonomyLoader.load(Path.of(file.strip()));
    }

    @Bean
    MentionExtractor mentionExtractor(Taxonomy themeTaxonomy) {
        return MentionExtractor.of(themeTaxonomy);
    }
}

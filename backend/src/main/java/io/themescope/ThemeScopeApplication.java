package io.themescope;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. Without arguments it serves the HTTP API; with a command word (import, extract)
 * the same jar runs that command instead and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThemeScopeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThemeScopeApplication.class, args);
    }
}

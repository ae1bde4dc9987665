package io.themescope;

import io.themescope.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Entry point. Without a command word it serves the HTTP API and dashboard; with {@code import} or
 * {@code extract} the same jar runs that command and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThemeScopeApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(ThemeScopeApplication.class, args);
    }

    /** The one clock queries read "today" from; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

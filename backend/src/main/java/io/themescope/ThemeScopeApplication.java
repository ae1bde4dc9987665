package io.themescope;

import io.themescope.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * Entry point. Without a command word (or with {@code serve}) it serves the HTTP API and dashboard;
 * with another command the same jar runs that command and exits with its status; an unknown word
 * exits 2 with a usage line instead of starting the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThemeScopeApplication {

    public static void main(String[] args) {
        useUtc();
        if (!CommandLine.serves(args)) {
            System.exit(CommandLine.run(args));
        }
        String problem = CommandLine.serveProblem(args);
        if (problem != null) {
            System.err.println("themescope: " + problem);
            System.exit(CommandLine.USAGE);
        }
        SpringApplication.run(ThemeScopeApplication.class, CommandLine.serveArguments(args));
    }

    /**
     * The JDBC driver writes a LocalDateTime as an instant computed in the JVM's default time zone and
     * reads DateTime columns back in their own zone, so LocalDateTime values round-trip only when the
     * JVM runs in UTC, the zone every timestamp column here is declared in.
     */
    public static void useUtc() {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    /** The one clock queries read "today" from; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package io.themescope;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * Entry point. Without arguments it serves the HTTP API; with a command word (import, extract)
 * the same jar runs that command instead and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThemeScopeApplication {

    public static void main(String[] args) {
        useUtc();
        SpringApplication.run(ThemeScopeApplication.class, args);
    }

    /**
     * The JDBC driver writes a LocalDateTime as an instant computed in the JVM's default time zone and
     * reads DateTime columns back in their own zone, so LocalDateTime values round-trip only when the
     * JVM runs in UTC, the zone every timestamp column here is declared in.
     */
    public static void useUtc() {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    }
}

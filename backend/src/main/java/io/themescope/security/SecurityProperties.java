package io.themescope.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Who may call the API and from which web origins. {@code apiKeys} is filled from
 * THEMESCOPE_API_KEYS; {@code allowOpen} must be said out loud to run a server-mode deployment
 * without keys, while the embedded demo may run open (and says so at start-up).
 */
@ConfigurationProperties("themescope.security")
public record SecurityProperties(@DefaultValue("") String apiKeys,
                                 @DefaultValue("false") boolean readsRequireKey,
                                 @DefaultValue("false") boolean allowOpen,
                                 @DefaultValue Cors cors) {

    /** Origins allowed to call /api/** from a browser; empty means same-origin only. */
    public record Cors(@DefaultValue({}) List<String> allowedOrigins,
                       @DefaultValue({"GET", "HEAD", "POST", "OPTIONS"}) List<String> allowedMethods,
                       @DefaultValue("3600") long maxAgeSeconds) {
    }
}

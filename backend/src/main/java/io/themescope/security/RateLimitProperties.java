package io.themescope.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client budgets for the endpoints that cost the most: exports (whole tables), bulk ingest,
 * reindex, and the analytics queries. A budget is a burst and a steady rate per minute; a client is
 * its API key when it sent a valid one, else its remote address. Defaults are in application.yml.
 */
@ConfigurationProperties("themescope.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("10000") int maxClients,
                                  Budget export,
                                  Budget bulk,
                                  Budget reindex,
                                  Budget analytics) {

    public record Budget(int burst, int perMinute) {
    }
}

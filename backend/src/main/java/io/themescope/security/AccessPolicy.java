package io.themescope.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.themescope.clickhouse.ClickHouseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Decides, once at start-up, whether the API is guarded and what needs a key. A server-mode
 * deployment without keys refuses to start unless {@code allow-open} is set, because it is usually
 * shared; the embedded demo runs open by default and says so in the log, once, loudly.
 */
@Component
@ConditionalOnWebApplication
final class AccessPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

    static final String PROMETHEUS = "/actuator/prometheus";

    private final ApiKeys keys;
    private final boolean readsRequireKey;
    private volatile java.util.function.IntSupplier managementPort;

    AccessPolicy(SecurityProperties properties, ClickHouseProperties clickhouse) {
        ApiKeys parsed;
        try {
            parsed = ApiKeys.parse(properties.apiKeys());
        } catch (IllegalArgumentException e) {
            throw new AccessConfigurationException("THEMESCOPE_API_KEYS (themescope.security.api-keys): " + e.getMessage());
        }
        this.keys = parsed;
        this.readsRequireKey = properties.readsRequireKey();
        if (keys.isEmpty()) {
            if (readsRequireKey) {
                throw new AccessConfigurationException("themescope.security.reads-require-key is true but no API key is"
                        + " configured in THEMESCOPE_API_KEYS (themescope.security.api-keys)");
            }
            if (clickhouse.mode() == ClickHouseProperties.Mode.SERVER && !properties.allowOpen()) {
                throw new AccessConfigurationException("server mode needs API keys for writes: set THEMESCOPE_API_KEYS"
                        + " (themescope.security.api-keys), or set themescope.security.allow-open=true to run without");
            }
            LOG.warn("ThemeScope is running OPEN: no API keys are configured, so anyone who can reach this port can"
                    + " ingest and reindex. Fine for the local demo; set THEMESCOPE_API_KEYS before sharing it.");
        } else {
            LOG.info("API keys configured ({}); writes{} need one", keys.size(), readsRequireKey ? " and reads" : "");
        }
    }

    /** Learns the separate management server's port once it listens (its context's events reach this one). */
    @org.springframework.context.event.EventListener
    void serverStarted(org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            int port = event.getWebServer().getPort();
            this.managementPort = () -> port;
        }
    }

    ApiKeys keys() {
        return keys;
    }

    /**
     * True for a request that reached the separate management port ({@code management.server.port}),
     * which operators keep on an internal network: the actuator there is open.
     */
    boolean onManagementPort(org.springframework.web.server.ServerWebExchange exchange) {
        var local = exchange.getRequest().getLocalAddress();
        return managementPort != null && local != null && managementPort.getAsInt() == local.getPort();
    }

    boolean needsKey(HttpMethod method, String path) {
        if (keys.isEmpty()) {
            return false;
        }
        if (path.equals(PROMETHEUS) || path.startsWith(PROMETHEUS + "/")) {
            return true; // metrics on the application port: for key holders only
        }
        if (!path.startsWith("/api/")) {
            return false;
        }
        if (HttpMethod.OPTIONS.equals(method)) {
            return false; // CORS preflights carry no credentials by design
        }
        return AccessFilter.isWrite(method) || readsRequireKey;
    }
}

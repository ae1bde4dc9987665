package io.themescope.security;

import io.themescope.clickhouse.ClickHouseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What needs a key under each setting, and the settings that refuse to start. */
class AccessPolicyTest {

    private static final String KEY = "a-key-long-enough-0001";

    private static SecurityProperties security(String keys, boolean reads, boolean open) {
        return new SecurityProperties(keys, reads, open, new SecurityProperties.Cors(List.of(), List.of("GET"), 60));
    }

    private static ClickHouseProperties mode(ClickHouseProperties.Mode mode) {
        return new ClickHouseProperties(mode, "themescope", "http://127.0.0.1:8123", "default", "", "", "", "",
                null, null);
    }

    @Test
    void withKeysOnlyWritesUnderApiNeedOne() {
        AccessPolicy p = new AccessPolicy(security(KEY, false, false), mode(ClickHouseProperties.Mode.SERVER));
        assertThat(p.needsKey(HttpMethod.POST, "/api/v1/documents")).isTrue();
        assertThat(p.needsKey(HttpMethod.PUT, "/api/v1/meetings/x")).isTrue();
        assertThat(p.needsKey(HttpMethod.DELETE, "/api/v1/documents/x")).isTrue();
        assertThat(p.needsKey(HttpMethod.GET, "/api/v1/series")).isFalse();
        assertThat(p.needsKey(HttpMethod.OPTIONS, "/api/v1/documents")).isFalse();
        assertThat(p.needsKey(HttpMethod.POST, "/actuator/health")).isFalse();
    }

    @Test
    void readsCanBeMadeToNeedAKeyToo() {
        AccessPolicy p = new AccessPolicy(security(KEY, true, false), mode(ClickHouseProperties.Mode.EMBEDDED));
        assertThat(p.needsKey(HttpMethod.GET, "/api/v1/series")).isTrue();
        assertThat(p.needsKey(HttpMethod.HEAD, "/api/v1/themes")).isTrue();
        assertThat(p.needsKey(HttpMethod.GET, "/index.html")).isFalse();
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void withoutKeysTheEmbeddedDemoRunsOpenAndSaysSo(org.springframework.boot.test.system.CapturedOutput output) {
        AccessPolicy p = new AccessPolicy(security("", false, false), mode(ClickHouseProperties.Mode.EMBEDDED));
        assertThat(p.needsKey(HttpMethod.POST, "/api/v1/documents")).isFalse();
        assertThat(output.getAll()).contains("ThemeScope is running OPEN: no API keys are configured, so anyone who can"
                + " reach this port can ingest and reindex.");
    }

    @Test
    void serverModeWithoutKeysStartsOnlyWhenOpenIsAllowed() {
        assertThatThrownBy(() -> new AccessPolicy(security("", false, false), mode(ClickHouseProperties.Mode.SERVER)))
                .isInstanceOf(AccessConfigurationException.class)
                .hasMessage("server mode needs API keys for writes: set THEMESCOPE_API_KEYS (themescope.security.api-keys),"
                        + " or set themescope.security.allow-open=true to run without");
        assertThat(new AccessPolicy(security("", false, true), mode(ClickHouseProperties.Mode.SERVER))
                .needsKey(HttpMethod.POST, "/api/v1/documents")).isFalse();
    }

    @Test
    void contradictoryOrMalformedSettingsAreRefused() {
        assertThatThrownBy(() -> new AccessPolicy(security("", true, false), mode(ClickHouseProperties.Mode.EMBEDDED)))
                .hasMessage("themescope.security.reads-require-key is true but no API key is configured in"
                        + " THEMESCOPE_API_KEYS (themescope.security.api-keys)");
        assertThatThrownBy(() -> new AccessPolicy(security("tiny", false, false), mode(ClickHouseProperties.Mode.EMBEDDED)))
                .hasMessage("THEMESCOPE_API_KEYS (themescope.security.api-keys): entry 1 is shorter than 16 characters;"
                        + " use a longer random key");
    }

    @Test
    void expensiveEndpointsFallIntoTheirBudgets() {
        assertThat(RateLimitFilter.group(HttpMethod.GET, "/api/v1/export/series")).isEqualTo("export");
        assertThat(RateLimitFilter.group(HttpMethod.POST, "/api/v1/documents/bulk")).isEqualTo("bulk");
        assertThat(RateLimitFilter.group(HttpMethod.POST, "/api/v1/reindex")).isEqualTo("reindex");
        assertThat(RateLimitFilter.group(HttpMethod.GET, "/api/v1/series")).isEqualTo("analytics");
        assertThat(RateLimitFilter.group(HttpMethod.GET, "/api/v1/mentions")).isEqualTo("analytics");
        assertThat(RateLimitFilter.group(HttpMethod.POST, "/api/v1/evaluations")).isEqualTo("analytics");
        assertThat(RateLimitFilter.group(HttpMethod.GET, "/api/v1/themes")).isNull();
        assertThat(RateLimitFilter.group(HttpMethod.POST, "/api/v1/documents")).isNull();
    }
}

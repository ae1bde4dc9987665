package io.themescope.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key lists as operators write them: plain keys, digests, blanks, and the mistakes they make. */
class ApiKeysTest {

    private static final String KEY = "k3y-with-enough-length-1";

    @Test
    void plainAndDigestEntriesBothMatchTheirKeyAndNothingElse() {
        ApiKeys keys = ApiKeys.parse(" " + KEY + " , ," + ApiKeys.digestOf("another-long-key-0002").toUpperCase().replace("SHA256", "sha256"));
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.matches(KEY)).isTrue();
        assertThat(keys.matches("another-long-key-0002")).isTrue();
        assertThat(keys.matches(KEY + " ")).isFalse();
        assertThat(keys.matches(KEY.substring(1))).isFalse();
        assertThat(keys.matches("")).isFalse();
        assertThat(keys.matches(null)).isFalse();
    }

    @Test
    void theDigestIsTheSha256OfTheKeyInHex() {
        // sha256("abc") from FIPS 180-2's examples
        assertThat(ApiKeys.digestOf("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeys.parse("sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD").matches("abc"))
                .isTrue();
    }

    @Test
    void emptyOrBlankListsMeanNoKeys() {
        assertThat(ApiKeys.parse(null).isEmpty()).isTrue();
        assertThat(ApiKeys.parse("").isEmpty()).isTrue();
        assertThat(ApiKeys.parse(" , ,").isEmpty()).isTrue();
    }

    @Test
    void shortPlainKeysAndBadDigestsAreRefusedByPosition() {
        assertThatThrownBy(() -> ApiKeys.parse(KEY + ",short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry 2 is shorter than 16 characters; use a longer random key");
        assertThatThrownBy(() -> ApiKeys.parse("sha256:abc"))
                .hasMessage("entry 1 starts with sha256: but is not followed by 64 hexadecimal digits");
        assertThatThrownBy(() -> ApiKeys.parse("sha256:" + "g".repeat(64)))
                .hasMessage("entry 1 starts with sha256: but is not followed by 64 hexadecimal digits");
    }
}

package io.themescope.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/* Results are served as JSON: undefined values must appear as null, never as NaN or Infinity. */
class JsonSafetyTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void degenerateResultsSerializeWithNullsOnly() {
        List<Object> results = List.of(
                TrendStatistics.of(new double[] {1, 2, 3, 4}, new double[] {0, 0, 0, 0}).orElseThrow(),
                ContingencyTest.of(new long[][] {{4, 6}, {0, 0}}),
                ContingencyTest.of(new long[][] {{0}}),
                MovingAverage.centred(new Double[] {null, 1.0, null}, 3),
                Association.of(0, 0, 0, 0),
                WilsonInterval.of(0, 20).orElseThrow());

        for (Object result : results) {
            String text = json.writeValueAsString(result);
            assertThat(text).as(text).doesNotContain("NaN").doesNotContain("Infinity");
        }
        String flat = json.writeValueAsString(results.get(0));
        assertThat(flat).contains("\"rSquared\":null").contains("\"kendallTau\":null");
    }
}

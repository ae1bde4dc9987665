package io.themescope.dashboards;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The spec reader finds query parameters and their enums, whether on the schema or on an array's items. */
class OpenApiSpecTest {

    @Test
    void readsQueryParametersAndEnums() {
        OpenApiSpec spec = new OpenApiSpec(LiveAppTest.JSON.readTree("""
                {"paths": {"/x": {"get": {"parameters": [
                  {"name": "id", "in": "path", "schema": {"type": "string"}},
                  {"name": "bucket", "in": "query", "schema": {"type": "string", "enum": ["year", "month"]}},
                  {"name": "kind", "in": "query", "schema": {"type": "array", "items": {"type": "string", "enum": ["a"]}}},
                  {"name": "from", "in": "query", "schema": {"type": "string"}}]}}}}"""));
        assertThat(spec.hasGet("/x")).isTrue();
        assertThat(spec.hasGet("/y")).isFalse();
        Map<String, List<String>> params = spec.queryParameters("/x");
        assertThat(params.keySet()).containsExactly("bucket", "kind", "from");
        assertThat(params.get("bucket")).containsExactly("year", "month");
        assertThat(params.get("kind")).containsExactly("a");
        assertThat(params.get("from")).isEmpty();
    }
}

package io.themescope.clickhouse.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decoding one HTTP request the way ClickHouse's HTTP handler does: where SQL, format, database and
 * query id come from and which wins, what becomes a binding or a setting, what marks a request
 * read-only, and what is refused with which code.
 */
class BridgeRequestTest {

    @Test
    void bodyIsTheSqlWithTabSeparatedByDefault() {
        BridgeRequest r = parse("POST", null, Map.of(), "SELECT 1");
        assertThat(text(r.sql())).isEqualTo("SELECT 1");
        assertThat(r.format()).isEqualTo("TabSeparated");
        assertThat(r.database()).isNull();
        assertThat(r.queryId()).isNull();
        assertThat(r.params()).isEmpty();
        assertThat(r.settings()).isEmpty();
        assertThat(r.readOnly()).isFalse();
    }

    @Test
    void queryParameterComesFirstThenANewlineThenTheBody() {
        BridgeRequest r = parse("POST", "query=INSERT%20INTO%20t%20FORMAT%20CSV", Map.of(), "1,2\n");
        assertThat(text(r.sql())).isEqualTo("INSERT INTO t FORMAT CSV\n1,2\n");
        assertThat(text(parse("POST", "query=SELECT+1", Map.of(), "").sql())).isEqualTo("SELECT 1");
    }

    @Test
    void formatHeaderWinsOverDefaultFormatParameter() {
        assertThat(parse("POST", "default_format=CSV", Map.of(), "SELECT 1").format()).isEqualTo("CSV");
        assertThat(parse("POST", "default_format=CSV", Map.of("x-clickhouse-format", "JSONEachRow"), "SELECT 1").format())
                .isEqualTo("JSONEachRow");
        assertThat(parse("POST", "default_format=CSV", Map.of(), "SELECT 1").settings()).isEmpty();
    }

    @Test
    void databaseHeaderWinsOverDatabaseParameter() {
        assertThat(parse("POST", "database=a", Map.of(), "SELECT 1").database()).isEqualTo("a");
        assertThat(parse("POST", null, Map.of("x-clickhouse-database", "b"), "SELECT 1").database()).isEqualTo("b");
        assertThat(parse("POST", "database=a", Map.of("x-clickhouse-database", "b"), "SELECT 1").database()).isEqualTo("b");
        assertThat(parse("POST", "database=", Map.of("x-clickhouse-database", " "), "SELECT 1").database()).isNull();
        assertThat(parse("POST", "database=a", Map.of(), "SELECT 1").settings()).isEmpty();
    }

    @Test
    void queryIdFromParameterOrHeader() {
        assertThat(parse("POST", "query_id=p", Map.of(), "SELECT 1").queryId()).isEqualTo("p");
        assertThat(parse("POST", null, Map.of("x-clickhouse-query-id", "h"), "SELECT 1").queryId()).isEqualTo("h");
        assertThat(parse("POST", "query_id=p", Map.of("x-clickhouse-query-id", "h"), "SELECT 1").queryId()).isEqualTo("p");
    }

    @Test
    void paramPrefixBecomesABindingAndOtherNamesBecomeSettings() {
        BridgeRequest r = parse("POST", "param_x=it%27s+%E7%B5%B1%E4%B8%80&max_threads=2&param_n=5&result_overflow_mode=throw",
                Map.of(), "SELECT {x:String}, {n:UInt8}");
        assertThat(r.params()).containsExactly(Map.entry("x", "it's 統一"), Map.entry("n", "5"));
        assertThat(r.settings()).containsExactly(Map.entry("max_threads", "2"), Map.entry("result_overflow_mode", "throw"));
    }

    @Test
    void parametersTheDriverSendsWithoutMeaningHereAreIgnored() {
        BridgeRequest r = parse("POST", "wait_end_of_query=1&user=default&password=x&send_progress_in_http_headers=1"
                + "&http_headers_progress_interval_ms=100&cancel_http_readonly_queries_on_client_close=1"
                + "&client_protocol_version=54460", Map.of(), "SELECT 1");
        assertThat(r.settings()).isEmpty();
        assertThat(r.params()).isEmpty();
    }

    @Test
    void getAndReadonlyParameterMakeTheRequestReadOnly() {
        assertThat(parse("GET", "query=SELECT+1", Map.of(), "").readOnly()).isTrue();
        assertThat(parse("POST", "readonly=1", Map.of(), "SELECT 1").readOnly()).isTrue();
        assertThat(parse("POST", "readonly=2", Map.of(), "SELECT 1").readOnly()).isTrue();
        assertThat(parse("POST", "readonly=0", Map.of(), "SELECT 1").readOnly()).isFalse();
        assertThat(parse("POST", "readonly=2", Map.of(), "SELECT 1").settings()).doesNotContainKey("readonly");
    }

    @Test
    void compressionIsRefusedUnlessOff() {
        refused("compress=1", 400, 1, "compressed responses are not supported by the embedded engine; connect with"
                + " compress=false (compress=1)");
        refused("compress=true", 400, 1, "compressed responses are not supported by the embedded engine; connect with"
                + " compress=false (compress=true)");
        refused("decompress=1", 400, 1, "compressed request bodies are not supported by the embedded engine; send"
                + " plain bodies (decompress=1)");
        refused("enable_http_compression=1", 400, 1, "HTTP response compression is not supported by the embedded"
                + " engine (enable_http_compression=1)");
        BridgeRequest off = parse("POST", "compress=0&decompress=false&enable_http_compression=0", Map.of(), "SELECT 1");
        assertThat(off.settings()).isEmpty();
    }

    @Test
    void sessionsAreRefused() {
        String message = "sessions (session_id) are not supported by the embedded engine; every request is independent";
        refused("session_id=s1", 400, 115, message);
        refused("session_check=1", 400, 115, message);
        refused("session_timeout=60", 400, 115, message);
    }

    @Test
    void malformedNamesAreRefused() {
        refused("param_a-b=1", 400, 456, "bad query parameter name: param_a-b");
        refused("max-threads=1", 400, 115, "unknown URL parameter: max-threads");
        refused("a%zz=1", 400, 1, "cannot decode the URL parameter a%zz=1; escape bytes as %XX with two hex digits");
    }

    @Test
    void emptyQueryIsRefusedWithCode62() {
        assertThatThrownBy(() -> parse("POST", null, Map.of(), " \r\n\t"))
                .isInstanceOf(BridgeException.class).hasMessage("Empty query")
                .satisfies(e -> assertThat(((BridgeException) e).code).isEqualTo(62));
        assertThatThrownBy(() -> parse("POST", "query=", Map.of(), ""))
                .isInstanceOf(BridgeException.class).hasMessage("Empty query");
    }

    @Test
    void decodesQueryStrings() {
        assertThat(BridgeRequest.decodeQuery(null)).isEmpty();
        assertThat(BridgeRequest.decodeQuery("")).isEmpty();
        assertThat(BridgeRequest.decodeQuery("a=1&&b&c=x%3Dy+z&d=")).containsExactly(
                Map.entry("a", "1"), Map.entry("b", ""), Map.entry("c", "x=y z"), Map.entry("d", ""));
        assertThat(BridgeRequest.decodeQuery("a=1&a=2")).containsExactly(Map.entry("a", "2"));
    }

    private static void refused(String query, int status, int code, String message) {
        assertThatThrownBy(() -> parse("POST", query, Map.of(), "SELECT 1"))
                .isInstanceOf(BridgeException.class)
                .hasMessage(message)
                .satisfies(e -> {
                    assertThat(((BridgeException) e).status).isEqualTo(status);
                    assertThat(((BridgeException) e).code).isEqualTo(code);
                });
    }

    private static BridgeRequest parse(String method, String rawQuery, Map<String, String> headers, String body) {
        return BridgeRequest.parse(method, rawQuery, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(byte[] sql) {
        return new String(sql, StandardCharsets.UTF_8);
    }
}

package io.themescope.clickhouse.engine;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The loopback HTTP interface must answer the way ClickHouse's own HTTP interface does for everything
 * the JDBC driver sends, keep every request independent although the engine's sessions are not, and
 * refuse what it does not implement with ClickHouse's error shape instead of guessing.
 *
 * What the official driver (jdbc-v2 0.10.0, URL with compress=false) was seen sending, each covered
 * below by {@code driver*} tests: always POST / with the SQL as the body, Content-Type text/plain,
 * X-ClickHouse-Format: RowBinaryWithNamesAndTypes, X-ClickHouse-Database and Basic auth; executeQuery
 * and executeUpdate add ?query_id=UUID and the X-ClickHouse-Query-Id header; a batch insert arrives as
 * one INSERT ... VALUES (...),(...) with values inlined; getDatabaseProductVersion() sends
 * "SELECT version() as server_version" with ?wait_end_of_query=1 and no query id; isValid() sends
 * "SELECT 1 FORMAT TabSeparated" to / with no parameters; clickhouse_setting_* data-source properties
 * arrive as URL parameters on every request (e.g. ?readonly=2&result_overflow_mode=throw&max_result_rows=5).
 * Nothing is sent when a connection opens.
 */
class ClickHouseHttpBridgeTest {

    /**
     * Read-only requests run on one of several reader sessions, taken in turn when requests come one
     * after another; this many in a row visit every reader whatever the configured number.
     */
    static final int READERS = EmbeddedEngine.MAX_READER_SESSIONS;

    static HttpClient http;
    static String base;
    static String auth;
    static String db;

    @BeforeAll
    static void setUp() {
        assumeTrue(ClickHouseTestSupport.embedded(), "the bridge exists only in embedded mode");
        var target = ClickHouseTestSupport.target();
        base = target.baseUrl();
        auth = basic(ClickHouseHttpBridge.USER, target.password());
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        db = ClickHouseTestSupport.newDatabase("bridge");
        ok(post("", "CREATE TABLE " + db + ".items (id UInt32, name String) ENGINE = MergeTree ORDER BY id"));
    }

    // --- ping and root ---------------------------------------------------------------------------

    @Test
    void pingAnswersOkWithoutCredentials() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/ping")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("Ok.\n");
    }

    @Test
    void rootWithoutQueryAnswersOk() {
        HttpResponse<String> r = send(authorized("/").GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("Ok.\n");
    }

    @Test
    void unknownPathIsNotFound() {
        HttpResponse<String> r = send(authorized("/play").GET());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("Code: 1. DB::Exception: there is no handler for /play in the embedded"
                + " ClickHouse interface; use / or /ping\n");
    }

    // --- the happy path: body, format, headers --------------------------------------------------

    @Test
    void postedSqlComesBackInTheRequestedFormatWithClickHouseHeaders() {
        HttpResponse<String> r = send(authorized("/?query_id=q-json-1")
                .header("X-ClickHouse-Format", "JSONEachRow")
                .POST(body("SELECT toUInt8(number) AS n, concat('v', toString(number)) AS s FROM numbers(3)")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"n\":0,\"s\":\"v0\"}\n{\"n\":1,\"s\":\"v1\"}\n{\"n\":2,\"s\":\"v2\"}\n");
        assertThat(r.headers().firstValue("X-ClickHouse-Format")).hasValue("JSONEachRow");
        assertThat(r.headers().firstValue("X-ClickHouse-Timezone")).get().asString().isNotBlank();
        assertThat(r.headers().firstValue("X-ClickHouse-Query-Id")).hasValue("q-json-1");
        assertThat(r.headers().firstValue("X-ClickHouse-Summary")).get().asString()
                .startsWith("{").endsWith("}").contains("\"read_rows\":\"3\"").contains("\"written_rows\":\"0\"");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
    }

    @Test
    void queryIdHeaderIsEchoedAndAMissingOneIsGenerated() {
        HttpResponse<String> withHeader = send(authorized("/").header("X-ClickHouse-Query-Id", "q-header-7")
                .POST(body("SELECT 1")));
        assertThat(withHeader.headers().firstValue("X-ClickHouse-Query-Id")).hasValue("q-header-7");
        HttpResponse<String> without = send(authorized("/").POST(body("SELECT 1")));
        assertThat(without.headers().firstValue("X-ClickHouse-Query-Id")).get().asString()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void defaultFormatIsTabSeparatedAndDefaultFormatParameterIsHonoured() {
        assertThat(ok(post("", "SELECT 1, 'a'"))).isEqualTo("1\ta\n");
        assertThat(ok(post("default_format=CSV", "SELECT 1, 'a'"))).isEqualTo("1,\"a\"\n");
    }

    @Test
    void queryParameterIsFollowedByTheBodyAsData() {
        String insert = "INSERT INTO " + db + ".items FORMAT JSONEachRow";
        HttpResponse<String> r = post("query=" + enc(insert), "{\"id\":1,\"name\":\"one\"}\n{\"id\":2,\"name\":\"two\"}\n");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-ClickHouse-Summary")).get().asString().contains("\"written_rows\":\"2\"");
        assertThat(ok(post("", "SELECT id, name FROM " + db + ".items WHERE id IN (1, 2) ORDER BY id")))
                .isEqualTo("1\tone\n2\ttwo\n");
    }

    @Test
    void getWithQueryParameterReads() {
        HttpResponse<String> r = send(authorized("/?query=" + enc("SELECT 40 + 2")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("42\n");
    }

    @Test
    void namedParametersAreBoundServerSideWithQuotesAndUnicode() {
        String value = "it's \"quoted\" \\ back — ASEAN’s 統一 🌏";
        HttpResponse<String> r = post("param_x=" + enc(value) + "&param_n=" + enc("41"),
                "SELECT {x:String} AS x, {n:UInt8} + 1 AS n FORMAT JSONEachRow");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"x\":\"it's \\\"quoted\\\" \\\\ back — ASEAN’s 統一 🌏\",\"n\":42}\n");
    }

    // --- database selection ----------------------------------------------------------------------

    @Test
    void databaseComesFromTheParameterOrTheHeader() {
        assertThat(ok(post("database=" + db, "SELECT currentDatabase()"))).isEqualTo(db + "\n");
        assertThat(ok(send(authorized("/").header("X-ClickHouse-Database", db).POST(body("SELECT currentDatabase()")))))
                .isEqualTo(db + "\n");
    }

    @Test
    void databaseHeaderWinsOverTheParameterAsInClickHouse() {
        HttpResponse<String> r = send(authorized("/?database=system").header("X-ClickHouse-Database", db)
                .POST(body("SELECT currentDatabase()")));
        assertThat(ok(r)).isEqualTo(db + "\n");
    }

    @Test
    void aRequestWithoutDatabaseRunsInDefaultWhateverTheRequestBeforeIt() {
        assertThat(ok(post("database=" + db, "SELECT currentDatabase()"))).isEqualTo(db + "\n");
        assertThat(ok(post("", "SELECT currentDatabase()"))).isEqualTo("default\n");
        for (int i = 0; i < READERS; i++) {
            assertThat(ok(send(authorized("/?database=" + db + "&query=" + enc("SELECT currentDatabase()")).GET())))
                    .isEqualTo(db + "\n");
        }
        for (int i = 0; i < READERS; i++) {
            assertThat(ok(send(authorized("/?query=" + enc("SELECT currentDatabase()")).GET()))).isEqualTo("default\n");
        }
    }

    @Test
    void unknownDatabaseIsTheEnginesError() {
        HttpResponse<String> r = post("database=no_such_db_xyz", "SELECT 1");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("81");
        assertThat(r.body()).startsWith("Code: 81. DB::Exception: ").contains("no_such_db_xyz");
    }

    // --- settings --------------------------------------------------------------------------------

    @Test
    void settingsInTheUrlApplyToThatRequestOnly() {
        HttpResponse<String> limited = post("max_result_rows=1&result_overflow_mode=throw", "SELECT number FROM numbers(3)");
        assertThat(limited.statusCode()).isEqualTo(500);
        assertThat(limited.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("396");
        assertThat(limited.body()).startsWith("Code: 396. DB::Exception: ");
        assertThat(ok(post("", "SELECT number FROM numbers(3)"))).isEqualTo("0\n1\n2\n");
        assertThat(ok(post("", "SELECT value FROM system.settings WHERE name = 'max_result_rows'"))).isEqualTo("0\n");
    }

    @Test
    void settingsApplyToReadOnlyRequestsOnlyOnceToo() {
        for (int i = 0; i < READERS; i++) {
            HttpResponse<String> limited = send(authorized("/?max_result_rows=1&result_overflow_mode=throw&query="
                    + enc("SELECT number FROM numbers(3)")).GET());
            assertThat(limited.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("396");
        }
        for (int i = 0; i < READERS; i++) {
            assertThat(ok(send(authorized("/?query=" + enc("SELECT number FROM numbers(3)")).GET())))
                    .isEqualTo("0\n1\n2\n");
        }
    }

    @Test
    void aSettingThatFailsToApplyLeavesNothingBehind() {
        HttpResponse<String> r = post("max_result_rows=5&max_threads=not_a_number", "SELECT 1");
        assertThat(r.statusCode()).isNotEqualTo(200);
        assertThat(ok(post("", "SELECT value FROM system.settings WHERE name = 'max_result_rows'"))).isEqualTo("0\n");
    }

    @Test
    void unknownSettingIsRefusedWithCode115() {
        HttpResponse<String> r = post("no_such_setting_xyz=1", "SELECT 1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("115");
        assertThat(r.body()).isEqualTo("Code: 115. DB::Exception: Setting no_such_setting_xyz is neither a builtin"
                + " setting nor started with the prefix 'custom_' registered for user-defined settings."
                + " (UNKNOWN_SETTING)\n");
    }

    @Test
    void compressionIsRefusedWithTheReason() {
        HttpResponse<String> r = post("compress=1", "SELECT 1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("Code: 1. DB::Exception: compressed responses are not supported by the"
                + " embedded engine; connect with compress=false (compress=1)\n");
        HttpResponse<String> d = post("decompress=1", "SELECT 1");
        assertThat(d.statusCode()).isEqualTo(400);
        assertThat(d.body()).isEqualTo("Code: 1. DB::Exception: compressed request bodies are not supported by"
                + " the embedded engine; send plain bodies (decompress=1)\n");
        assertThat(ok(post("compress=0", "SELECT 1"))).isEqualTo("1\n");
    }

    @Test
    void sessionsAreRefused() {
        HttpResponse<String> r = post("session_id=abc", "SELECT 1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("Code: 115. DB::Exception: sessions (session_id) are not supported by the"
                + " embedded engine; every request is independent\n");
    }

    // --- read-only requests ----------------------------------------------------------------------

    @Test
    void getIsReadOnly() {
        for (int i = 0; i < READERS; i++) {
            HttpResponse<String> r = send(authorized("/?query=" + enc("INSERT INTO " + db + ".items VALUES (90, 'get')")).GET());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("164");
            assertThat(r.body()).startsWith("Code: 164. DB::Exception: ");
        }
        assertThat(ok(post("", "SELECT count() FROM " + db + ".items WHERE id = 90"))).isEqualTo("0\n");
    }

    @Test
    void readonlyParameterOnPostIsReadOnly() {
        HttpResponse<String> r = post("readonly=1", "INSERT INTO " + db + ".items VALUES (91, 'ro')");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("164");
        assertThat(ok(post("readonly=1", "SELECT 1"))).isEqualTo("1\n");
        assertThat(ok(post("", "SELECT count() FROM " + db + ".items WHERE id = 91"))).isEqualTo("0\n");
    }

    @Test
    void readOnlyRequestsCannotSwitchReadOnlyOff() {
        HttpResponse<String> r = send(authorized("/?query=" + enc("INSERT INTO " + db + ".items SETTINGS readonly = 0"
                + " VALUES (92, 'x')")).GET());
        assertThat(r.statusCode()).isNotEqualTo(200);
        assertThat(ok(post("", "SELECT count() FROM " + db + ".items WHERE id = 92"))).isEqualTo("0\n");
    }

    // --- statements that would outlive the request -----------------------------------------------

    @Test
    void setAndUseAreRefusedWithTheReason() {
        HttpResponse<String> set = post("", "  /* c */ set max_result_rows = 1");
        assertThat(set.statusCode()).isEqualTo(400);
        assertThat(set.body()).isEqualTo("Code: 1. DB::Exception: SET statements are not supported by the embedded"
                + " HTTP interface, which has no sessions; pass settings as URL parameters\n");
        HttpResponse<String> use = post("", "USE " + db);
        assertThat(use.statusCode()).isEqualTo(400);
        assertThat(use.body()).isEqualTo("Code: 1. DB::Exception: USE statements are not supported by the embedded"
                + " HTTP interface, which has no sessions; pass the database parameter or X-ClickHouse-Database header\n");
        assertThat(ok(post("", "SELECT currentDatabase()"))).isEqualTo("default\n");
    }

    @Test
    void temporaryTablesAreRefusedWithTheReason() {
        HttpResponse<String> r = post("", "CREATE TEMPORARY TABLE tmp_bridge (x UInt8)");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("Code: 1. DB::Exception: temporary tables are not supported by the embedded HTTP"
                + " interface, which has no sessions; create an ordinary table and drop it when done\n");
        assertThat(post("", "SELECT count() FROM tmp_bridge").statusCode()).isNotEqualTo(200);
    }

    // --- authentication --------------------------------------------------------------------------

    @Test
    void wrongOrMissingPasswordIsRefused() {
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/"))
                .header("Authorization", basic("default", "not-the-password")).POST(body("SELECT 1")));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("516");
        assertThat(wrong.body()).isEqualTo("Code: 516. DB::Exception: default: Authentication failed: password is"
                + " incorrect, or there is no user with such name.\n");
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/?query=" + enc("SELECT 1"))).GET());
        assertThat(none.statusCode()).isEqualTo(401);
        HttpResponse<String> otherUser = send(HttpRequest.newBuilder(uri("/"))
                .header("Authorization", basic("admin", ClickHouseTestSupport.target().password())).POST(body("SELECT 1")));
        assertThat(otherUser.statusCode()).isEqualTo(401);
        assertThat(otherUser.body()).startsWith("Code: 516. DB::Exception: admin: Authentication failed");
    }

    @Test
    void malformedBasicCredentialsAreAnAuthenticationFailure() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/")).header("Authorization", "Basic !!not-base64!!")
                .POST(body("SELECT 1")));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("516");
    }

    @Test
    void clickHouseUserAndKeyHeadersAuthenticateToo() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/"))
                .header("X-ClickHouse-User", "default")
                .header("X-ClickHouse-Key", ClickHouseTestSupport.target().password())
                .POST(body("SELECT 7")));
        assertThat(ok(r)).isEqualTo("7\n");
    }

    // --- errors ----------------------------------------------------------------------------------

    @Test
    void engineErrorsCarryStatusCodeHeaderAndClickHouseMessage() {
        HttpResponse<String> unknownTable = post("", "SELECT * FROM " + db + ".no_such_table_xyz");
        assertThat(unknownTable.statusCode()).isEqualTo(404);
        assertThat(unknownTable.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("60");
        assertThat(unknownTable.body()).startsWith("Code: 60. DB::Exception: ").contains("no_such_table_xyz").endsWith("\n");

        HttpResponse<String> syntax = post("", "SELEC 1");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("62");
        assertThat(syntax.body()).startsWith("Code: 62. DB::Exception: Syntax error");

        HttpResponse<String> function = post("", "SELECT no_such_function_xyz(1)");
        assertThat(function.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(function.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("46");
        assertThat(function.body()).startsWith("Code: 46. DB::Exception: ");
    }

    @Test
    void emptyQueryIsRefusedWithCode62() {
        HttpResponse<String> r = post("", " \n\t ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("62");
        assertThat(r.body()).isEqualTo("Code: 62. DB::Exception: Empty query\n");
    }

    @Test
    void otherMethodsAreRefused() {
        HttpResponse<String> r = send(authorized("/").method("PUT", body("SELECT 1")));
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.body()).isEqualTo("Code: 1. DB::Exception: HTTP method PUT is not supported; use GET or POST\n");
    }

    // --- request bodies --------------------------------------------------------------------------

    @Test
    void gzipBodyIsDecompressed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("SELECT 'zipped'".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = send(authorized("/").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())));
        assertThat(ok(r)).isEqualTo("zipped\n");
    }

    @Test
    void brotliBodyIsRefused() {
        HttpResponse<String> r = send(authorized("/").header("Content-Encoding", "br").POST(body("SELECT 1")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("Code: 1. DB::Exception: Content-Encoding br is not supported by the embedded"
                + " engine; send identity, gzip or deflate\n");
    }

    // --- exactly what the driver sends -----------------------------------------------------------

    @Test
    void driverQueryWithRowBinaryHeaderAndQueryId() {
        HttpResponse<byte[]> r = sendBytes(authorized("/?query_id=0f3a21bc-2dcc-49a4-a8be-12ea2ad1c90f")
                .header("Content-Type", "text/plain")
                .header("X-ClickHouse-Format", "RowBinaryWithNamesAndTypes")
                .header("X-ClickHouse-Query-Id", "0f3a21bc-2dcc-49a4-a8be-12ea2ad1c90f")
                .header("X-ClickHouse-Database", db)
                .POST(body("SELECT toUInt8(7) AS n")));
        assertThat(r.statusCode()).isEqualTo(200);
        // RowBinaryWithNamesAndTypes: column count, names, types, then the row
        byte[] expected = {1, 1, 'n', 5, 'U', 'I', 'n', 't', '8', 7};
        assertThat(r.body()).isEqualTo(expected);
        assertThat(r.headers().firstValue("X-ClickHouse-Format")).hasValue("RowBinaryWithNamesAndTypes");
        assertThat(r.headers().firstValue("X-ClickHouse-Query-Id")).hasValue("0f3a21bc-2dcc-49a4-a8be-12ea2ad1c90f");
    }

    @Test
    void driverBatchInsertAsOneValuesStatementReportsWrittenRows() {
        HttpResponse<String> r = send(authorized("/?query_id=b1")
                .header("X-ClickHouse-Format", "RowBinaryWithNamesAndTypes")
                .header("X-ClickHouse-Database", db)
                .POST(body("INSERT INTO items (id, name) VALUES (10, 'a\\'b'),(11, 'c')")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("X-ClickHouse-Summary")).get().asString().contains("\"written_rows\":\"2\"");
        assertThat(ok(post("database=" + db, "SELECT name FROM items WHERE id IN (10, 11) ORDER BY id FORMAT TSVRaw"))).isEqualTo("a'b\nc\n");
    }

    @Test
    void driverVersionLookupWithWaitEndOfQuery() {
        HttpResponse<String> r = send(authorized("/?wait_end_of_query=1")
                .header("X-ClickHouse-Format", "TabSeparatedWithNames")
                .header("X-ClickHouse-Database", db)
                .POST(body("SELECT version() as server_version")));
        assertThat(ok(r)).matches("server_version\n\\d+\\.\\d+\\.\\d+\\.\\d+\n");
    }

    @Test
    void driverIsValidProbeWhereTheFormatClauseWins() {
        HttpResponse<String> r = send(authorized("/")
                .header("X-ClickHouse-Format", "RowBinaryWithNamesAndTypes")
                .header("X-ClickHouse-Database", db)
                .POST(body("SELECT 1 FORMAT TabSeparated")));
        assertThat(ok(r)).isEqualTo("1\n");
        assertThat(r.headers().firstValue("X-ClickHouse-Format")).hasValue("TabSeparated");
    }

    @Test
    void aFormatClauseInTheSqlIsTheFormatReported() {
        HttpResponse<String> r = send(authorized("/").header("X-ClickHouse-Format", "RowBinaryWithNamesAndTypes")
                .POST(body("SELECT 1 AS one FORMAT JSONEachRow")));
        assertThat(ok(r)).isEqualTo("{\"one\":1}\n");
        assertThat(r.headers().firstValue("X-ClickHouse-Format")).hasValue("JSONEachRow");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
    }

    @Test
    void theDriverRefusesATextFormatClauseAsItDoesWithAServer() throws java.sql.SQLException {
        try (java.sql.Connection c = ClickHouseTestSupport.connect(db); java.sql.Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeQuery("SELECT 1 FORMAT TabSeparated"))
                    .isInstanceOf(java.sql.SQLException.class)
                    .hasMessage("Only RowBinaryWithNameAndTypes and JSONEachRow are supported for output format."
                            + " Please check your query.");
        }
    }

    @Test
    void driverGuardRailSettingsAsUrlParameters() {
        HttpResponse<String> r = send(authorized("/?query_id=g1&readonly=2&result_overflow_mode=throw&max_result_rows=5")
                .header("X-ClickHouse-Database", db)
                .POST(body("SELECT number FROM numbers(6)")));
        assertThat(r.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("396");
        HttpResponse<String> write = send(authorized("/?readonly=2").header("X-ClickHouse-Database", db)
                .POST(body("INSERT INTO items VALUES (93, 'x')")));
        assertThat(write.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("164");
    }

    @Test
    void theDriverItselfQueriesInsertsAsksTheVersionAndValidates() throws java.sql.SQLException {
        try (java.sql.Connection c = ClickHouseTestSupport.connect(db)) {
            assertThat(c.isValid(2)).isTrue();
            assertThat(c.getMetaData().getDatabaseProductVersion()).matches("\\d+\\.\\d+.*");
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO items (id, name) VALUES (?, ?)")) {
                ps.setInt(1, 20);
                ps.setString(2, "x");
                ps.addBatch();
                ps.setInt(1, 21);
                ps.setString(2, "y");
                ps.addBatch();
                assertThat(ps.executeBatch()).hasSize(2);
            }
            try (java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT name FROM items WHERE id IN (20, 21) ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("x");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("y");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void concurrentRequestsKeepTheirOwnDatabaseAndSettings() throws Exception {
        String other = ClickHouseTestSupport.newDatabase("bridge_other");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 160; i++) {
                int n = i;
                results.add(pool.submit(() -> switch (n % 4) {
                    case 0 -> ok(post("database=" + db, "SELECT currentDatabase()"));
                    case 1 -> ok(post("database=" + other + "&max_result_rows=2&result_overflow_mode=throw",
                            "SELECT currentDatabase()"));
                    case 2 -> ok(send(authorized("/?query=" + enc("SELECT count() FROM numbers(5)")).GET()));
                    default -> ok(post("", "SELECT currentDatabase(), getSetting('max_result_rows')"));
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String expected = switch (i % 4) {
                    case 0 -> db + "\n";
                    case 1 -> other + "\n";
                    case 2 -> "5\n";
                    default -> "default\t0\n";
                };
                assertThat(results.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS)).as("request %d", i).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    static HttpResponse<String> post(String query, String sql) {
        return send(authorized(query.isEmpty() ? "/" : "/?" + query).POST(body(sql)));
    }

    static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as("HTTP status; body: %s", r.body()).isEqualTo(200);
        return r.body();
    }

    static HttpRequest.Builder authorized(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).header("Authorization", auth);
    }

    static URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

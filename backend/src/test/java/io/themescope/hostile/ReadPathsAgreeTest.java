package io.themescope.hostile;

import io.themescope.hostile.GetEndpoints.Endpoint;
import io.themescope.support.ClickHouseTestSupport;
import org.jooq.conf.StatementType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedded mode answers analytics reads in-process; server mode (and in-process-reads=false) through
 * JDBC. Two apps on one store, one per path, must give byte-identical answers to every valid value of
 * every query parameter of every GET endpoint, exports (CSV, JSON, Parquet) included.
 */
class ReadPathsAgreeTest {

    private static LiveApp inProcess;
    private static LiveApp jdbc;
    private static String documentId;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(ClickHouseTestSupport.embedded(), "the in-process path exists in embedded mode only");
        inProcess = LiveApp.start("read_paths");
        documentId = Corpus.load(inProcess);
        jdbc = LiveApp.on(inProcess.database(), "--themescope.clickhouse.embedded.in-process-reads=false");
        // the two apps really take different paths: only the in-process one has jOOQ inline every value
        assertThat(inProcess.analyticsDsl().settings().getStatementType()).isEqualTo(StatementType.STATIC_STATEMENT);
        assertThat(jdbc.analyticsDsl().settings().getStatementType()).isEqualTo(StatementType.PREPARED_STATEMENT);
    }

    @AfterAll
    static void stop() {
        for (LiveApp app : new LiveApp[] {jdbc, inProcess}) {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void everyValidRequestGetsTheSameAnswerOnBothPaths() {
        List<String> requests = new ArrayList<>();
        for (Endpoint e : GetEndpoints.ALL) {
            String path = e.path().replace("{id}", e.path().equals(GetEndpoints.DASHBOARD) ? "theme-detail" : documentId);
            String base = e.base().isEmpty() ? "" : e.base() + "&";
            requests.add(path + (e.base().isEmpty() ? "" : "?" + e.base()));
            for (Map.Entry<String, List<String>> p : e.params().entrySet()) {
                if (p.getKey().equals("cursor")) {
                    continue;
                }
                for (String value : p.getValue()) {
                    requests.add(path + "?" + base + p.getKey() + "=" + Hostile.encode(value));
                }
            }
        }
        for (String request : requests) {
            LiveApp.Answer a = inProcess.get(request);
            LiveApp.Answer b = jdbc.get(request);
            assertThat(a.status()).as(request + " → " + LiveApp.abbreviated(a.text())).isEqualTo(b.status());
            assertThat(a.contentType()).as(request).isEqualTo(b.contentType());
            assertThat(a.body()).as(request + " → " + LiveApp.abbreviated(a.text()) + " vs "
                    + LiveApp.abbreviated(b.text())).isEqualTo(b.body());
        }
        assertThat(requests).hasSizeGreaterThan(100);
    }
}

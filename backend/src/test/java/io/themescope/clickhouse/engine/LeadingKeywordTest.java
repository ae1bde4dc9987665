package io.themescope.clickhouse.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bridge refuses statements that would change the engine's long-lived sessions by reading their
 * first keywords; comments, parentheses and odd input must neither hide such a statement nor make
 * an ordinary one fail.
 */
class LeadingKeywordTest {

    @Test
    void readsTheFirstKeywordInUpperCase() {
        assertThat(LeadingKeyword.of(sql("select 1"))).isEqualTo("SELECT");
        assertThat(LeadingKeyword.of(sql("Insert INTO t VALUES (1)"))).isEqualTo("INSERT");
        assertThat(LeadingKeyword.of(sql("SYSTEM_x"))).isEqualTo("SYSTEM_X");
    }

    @Test
    void skipsWhitespaceCommentsAndOpeningParentheses() {
        assertThat(LeadingKeyword.of(sql(" \n\t -- a comment\n  /* block\n comment */ ((select 1))"))).isEqualTo("SELECT");
        assertThat(LeadingKeyword.of(sql("# hash comment\nUSE db"))).isEqualTo("USE");
        assertThat(LeadingKeyword.of(sql("/**/SET x = 1"))).isEqualTo("SET");
    }

    @Test
    void returnsEmptyWhenNoKeywordLeads() {
        assertThat(LeadingKeyword.of(sql(""))).isEmpty();
        assertThat(LeadingKeyword.of(sql("   "))).isEmpty();
        assertThat(LeadingKeyword.of(sql("1 + 1"))).isEmpty();
        assertThat(LeadingKeyword.of(sql("-- only a comment"))).isEmpty();
        assertThat(LeadingKeyword.of(sql("'SET'"))).isEmpty();
    }

    @Test
    void unterminatedBlockCommentIsNotAnError() {
        assertThat(LeadingKeyword.of(sql("/* never closed"))).isEmpty();
        assertThat(LeadingKeyword.of(sql("/*"))).isEmpty();
        assertThat(LeadingKeyword.of(sql("/*x"))).isEmpty();
    }

    @Test
    void stopsAtNonAsciiBytes() {
        assertThat(LeadingKeyword.of(sql("éSET x = 1"))).isEmpty();
        assertThat(LeadingKeyword.of(sql("SELECT 'é'"))).isEqualTo("SELECT");
    }

    @Test
    void readsSeveralLeadingKeywords() {
        assertThat(LeadingKeyword.first(sql("create or replace temporary table t (x UInt8)"), 4))
                .containsExactly("CREATE", "OR", "REPLACE", "TEMPORARY");
        assertThat(LeadingKeyword.first(sql("DROP TABLE t"), 4)).containsExactly("DROP", "TABLE", "T");
        assertThat(LeadingKeyword.first(sql("SELECT 1"), 4)).containsExactly("SELECT");
    }

    @Test
    void refusesSetWithTheReason() {
        assertThatThrownBy(() -> LeadingKeyword.refuseSessionStatements(sql("  set max_threads = 1")))
                .isInstanceOf(BridgeException.class)
                .hasMessage("SET statements are not supported by the embedded HTTP interface, which has no sessions;"
                        + " pass settings as URL parameters")
                .satisfies(e -> {
                    assertThat(((BridgeException) e).status).isEqualTo(400);
                    assertThat(((BridgeException) e).code).isEqualTo(1);
                });
        assertThatThrownBy(() -> LeadingKeyword.refuseSessionStatements(sql("SET ROLE admin")))
                .isInstanceOf(BridgeException.class);
    }

    @Test
    void refusesUseWithTheReason() {
        assertThatThrownBy(() -> LeadingKeyword.refuseSessionStatements(sql("/* x */ USE other")))
                .isInstanceOf(BridgeException.class)
                .hasMessage("USE statements are not supported by the embedded HTTP interface, which has no sessions;"
                        + " pass the database parameter or X-ClickHouse-Database header");
    }

    @Test
    void refusesTemporaryTablesWithTheReason() {
        String message = "temporary tables are not supported by the embedded HTTP interface, which has no sessions;"
                + " create an ordinary table and drop it when done";
        assertThatThrownBy(() -> LeadingKeyword.refuseSessionStatements(sql("CREATE TEMPORARY TABLE t (x UInt8)")))
                .isInstanceOf(BridgeException.class).hasMessage(message);
        assertThatThrownBy(() -> LeadingKeyword.refuseSessionStatements(sql("create or replace temporary table t (x UInt8)")))
                .isInstanceOf(BridgeException.class).hasMessage(message);
    }

    @Test
    void letsOrdinaryStatementsThrough() {
        for (String ok : new String[] {"SELECT 1", "SELECT 1 SETTINGS max_threads = 1", "INSERT INTO settings VALUES (1)",
                "CREATE TABLE temporary (x UInt8) ENGINE = Memory", "CREATE OR REPLACE TABLE t (x UInt8) ENGINE = Memory",
                "SETTINGS", "USER", "DROP TEMPORARY TABLE t", "", "-- nothing", "SHOW SETTINGS LIKE 'max%'"}) {
            assertThatCode(() -> LeadingKeyword.refuseSessionStatements(sql(ok))).as(ok).doesNotThrowAnyException();
        }
    }

    private static byte[] sql(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

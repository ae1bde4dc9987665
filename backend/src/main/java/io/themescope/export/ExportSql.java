package io.themescope.export;

import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.passages.PassageQuery;
import io.themescope.passages.PassageSql;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.BackslashEscaping;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL for exports that ClickHouse writes itself: a table of computed numbers handed back through
 * the {@code values} table function (so Parquet comes from ClickHouse's own writer), and the raw
 * mentions with their document titles, in the passages endpoint's order.
 */
final class ExportSql {

    /**
     * Renders SQL with values inlined. ClickHouse reads a backslash inside a string literal as an
     * escape, and jOOQ's ClickHouse dialect does not double it by default: a parameter ending in a
     * backslash would end the literal early (a syntax error at best, injected SQL at worst).
     */
    static final DSLContext RENDER = DSL.using(SQLDialect.CLICKHOUSE,
            new Settings().withBackslashEscaping(BackslashEscaping.ON));

    private ExportSql() {
    }

    static String table(Table t) {
        // names quoted: a wide series has one column per theme id, and an unquoted "arms-race" is no name
        String structure = t.columns().stream().map(c -> "`" + c.name().replace("`", "") + "` " + c.clickHouseType())
                .collect(Collectors.joining(", "));
        List<org.jooq.QueryPart> rows = new ArrayList<>();
        boolean empty = t.rows().isEmpty();
        List<List<Object>> values = empty ? List.of(defaults(t)) : t.rows();
        for (List<Object> row : values) {
            List<Field<?>> fields = new ArrayList<>();
            for (Object v : row) {
                fields.add(DSL.val(v));
            }
            rows.add(DSL.row(fields));
        }
        ResultQuery<?> q = RENDER.resultQuery("SELECT * FROM values({0}, {1})" + (empty ? " WHERE 0" : ""),
                DSL.val(structure), DSL.list(rows));
        return RENDER.renderInlined(q);
    }

    private static List<Object> defaults(Table t) {
        List<Object> row = new ArrayList<>();
        for (Table.Column c : t.columns()) {
            row.add(c.clickHouseType().startsWith("Nullable") ? null : c.clickHouseType().equals("String") ? "" : 0L);
        }
        return row;
    }

    static Query mentions(PassageQuery q, int generation) {
        var titles = RENDER.select(Documents.ID.as("doc_id"), DSL.field("any({0})", String.class, Documents.TITLE).as("document_title"))
                .from(Documents.TABLE).groupBy(Documents.ID).asTable("d");
        return RENDER.select(Mentions.DOCUMENT_ID, DSL.field(DSL.name("d", "document_title"), String.class),
                        Mentions.MEETING_ID, Mentions.MEETING_DATE, Mentions.SERIES, Mentions.HOST_COUNTRY,
                        Mentions.KIND, Mentions.THEME, Mentions.TERM, Mentions.START, Mentions.END, Mentions.SENTENCE,
                        Mentions.PAGE, Mentions.SYNTHETIC)
                .from(Mentions.TABLE)
                .leftJoin(titles).on(Mentions.DOCUMENT_ID.eq(DSL.field(DSL.name("d", "doc_id"), String.class)))
                .where(matching(q, generation))
                .orderBy(Mentions.MEETING_DATE.desc(), Mentions.DOCUMENT_ID.asc(), Mentions.START.asc(),
                        Mentions.THEME.asc());
    }

    /** How many rows {@link #mentions} would give: the export row limit is checked before streaming. */
    static org.jooq.Select<org.jooq.Record1<Integer>> mentionCount(PassageQuery q, int generation) {
        return DSL.selectCount().from(Mentions.TABLE).where(matching(q, generation));
    }

    private static org.jooq.Condition matching(PassageQuery q, int generation) {
        return Mentions.GENERATION.eq(generation)
                .and(Mentions.THEME.in(q.themes()))
                .and(q.filters().onMentions())
                .and(PassageSql.bucketCondition(q.bucketing(), q.bucket()));
    }
}

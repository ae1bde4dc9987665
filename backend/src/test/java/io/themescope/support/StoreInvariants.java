package io.themescope.support;

import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold in a store after any sequence of writes, checked from the tables themselves: every
 * document once, no mention without its document, one first-mention mark per document and theme,
 * and both aggregates exactly equal to a recount of the raw rows, key by key (not only in total), so
 * a drift in one meeting cannot hide.
 */
public final class StoreInvariants {

    private StoreInvariants() {
    }

    public static void assertConsistent(DSLContext dsl) {
        assertThat(dsl.select(Documents.ID).from(Documents.TABLE).groupBy(Documents.ID)
                .having(DSL.count().gt(1)).fetch(Documents.ID)).as("documents stored more than once").isEmpty();
        assertThat(dsl.selectDistinct(Mentions.DOCUMENT_ID).from(Mentions.TABLE)
                .where(Mentions.DOCUMENT_ID.notIn(DSL.select(Documents.ID).from(Documents.TABLE)))
                .fetch(Mentions.DOCUMENT_ID)).as("mentions without their document").isEmpty();
        assertThat(lines(dsl.select(Mentions.GENERATION, Mentions.DOCUMENT_ID, Mentions.THEME).from(Mentions.TABLE)
                .groupBy(Mentions.GENERATION, Mentions.DOCUMENT_ID, Mentions.THEME)
                .having(DSL.sum(Mentions.FIRST_IN_DOCUMENT).ne(java.math.BigDecimal.ONE)).limit(5).fetch()))
                .as("(generation, document, theme) whose mentions do not carry exactly one first-mention mark")
                .isEmpty();
        assertThat(themeAggregate(dsl)).as("theme_meeting_counts against a recount of mentions")
                .containsExactlyElementsOf(themeRecount(dsl));
        assertThat(totalsAggregate(dsl)).as("document_meeting_totals against a recount of documents")
                .containsExactlyElementsOf(totalsRecount(dsl));
        assertThat(generationTotals(dsl)).as("the totals rows (theme '') of the current generation against a recount"
                + " of documents").containsExactlyElementsOf(totalsRecount(dsl));
    }

    /** The document and word totals theme_meeting_counts holds for the generation readers use. */
    public static TreeSet<String> generationTotals(DSLContext dsl) {
        List<Field<?>> keys = List.of(ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
                ThemeMeetingCounts.DATE_PRECISION, ThemeMeetingCounts.SERIES, ThemeMeetingCounts.HOST_COUNTRY,
                ThemeMeetingCounts.KIND, ThemeMeetingCounts.SYNTHETIC);
        return summedTotals(dsl, keys, ThemeMeetingCounts.TABLE, ThemeMeetingCounts.THEME.eq(ThemeMeetingCounts.TOTALS)
                .and(ThemeMeetingCounts.GENERATION.eq(DSL.field(
                        "(SELECT max(generation) FROM index_state WHERE key = 'mentions')", Integer.class))));
    }

    /** Documents and words summed per meeting key, leaving out keys whose rows cancel to no documents. */
    private static TreeSet<String> summedTotals(DSLContext dsl, List<Field<?>> keys, Table<?> table, Condition where) {
        return lines(dsl.select(keys).select(DSL.field("toUInt64(sum(documents))", Long.class),
                        DSL.field("toUInt64(sum(words))", Long.class))
                .from(table).where(where)
                .groupBy(keys).having(DSL.field("sum(documents)", Long.class).gt(0L)).fetch());
    }

    public static TreeSet<String> themeAggregate(DSLContext dsl) {
        List<Field<?>> keys = List.of(ThemeMeetingCounts.GENERATION, ThemeMeetingCounts.THEME, ThemeMeetingCounts.MEETING_ID,
                ThemeMeetingCounts.MEETING_DATE, ThemeMeetingCounts.DATE_PRECISION, ThemeMeetingCounts.SERIES,
                ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.KIND, ThemeMeetingCounts.SYNTHETIC);
        return lines(dsl.select(keys).select(DSL.field("toUInt64(sum(mentions))", Long.class),
                        DSL.field("toUInt64(sum(documents))", Long.class))
                .from(ThemeMeetingCounts.TABLE).groupBy(keys).having(DSL.field("sum(mentions)", Long.class).gt(0L)).fetch());
    }

    public static TreeSet<String> themeRecount(DSLContext dsl) {
        List<Field<?>> keys = List.of(Mentions.GENERATION, Mentions.THEME, Mentions.MEETING_ID, Mentions.MEETING_DATE,
                Mentions.DATE_PRECISION, Mentions.SERIES, Mentions.HOST_COUNTRY, Mentions.KIND, Mentions.SYNTHETIC);
        return lines(dsl.select(keys).select(DSL.field("toUInt64(count())", Long.class),
                        DSL.field("toUInt64(uniqExact(document_id))", Long.class))
                .from(Mentions.TABLE).groupBy(keys).fetch());
    }

    public static TreeSet<String> totalsAggregate(DSLContext dsl) {
        List<Field<?>> keys = List.of(DocumentMeetingTotals.MEETING_ID, DocumentMeetingTotals.MEETING_DATE,
                DocumentMeetingTotals.DATE_PRECISION, DocumentMeetingTotals.SERIES, DocumentMeetingTotals.HOST_COUNTRY,
                DocumentMeetingTotals.KIND, DocumentMeetingTotals.SYNTHETIC);
        return summedTotals(dsl, keys, DocumentMeetingTotals.TABLE, DSL.noCondition());
    }

    public static TreeSet<String> totalsRecount(DSLContext dsl) {
        List<Field<?>> keys = List.of(Documents.MEETING_ID, Documents.MEETING_DATE, Documents.DATE_PRECISION,
                Documents.SERIES, Documents.HOST_COUNTRY, Documents.KIND, Documents.SYNTHETIC);
        return lines(dsl.select(keys).select(DSL.field("toUInt64(count())", Long.class),
                        DSL.field("toUInt64(sum(words))", Long.class))
                .from(Documents.TABLE).groupBy(keys).fetch());
    }

    private static TreeSet<String> lines(List<? extends Record> rows) {
        TreeSet<String> out = new TreeSet<>();
        for (Record r : rows) {
            out.add(String.join("|", java.util.Arrays.stream(r.intoArray()).map(String::valueOf).toList()));
        }
        return out;
    }
}

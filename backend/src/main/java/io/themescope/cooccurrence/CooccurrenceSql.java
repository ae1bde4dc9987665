package io.themescope.cooccurrence;

import io.themescope.analytics.Filters;
import io.themescope.clickhouse.schema.Mentions;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * SQL stage of co-occurrence. A unit is a sentence (document and sentence offset) or a document;
 * each unit's distinct themes are collected, and every ordered pair (a < b) within a unit is
 * counted once, all inside ClickHouse, so the result is one row per pair however large the corpus.
 */
public final class CooccurrenceSql {

    public static final Field<String> A = DSL.field(DSL.name("a"), SQLDataType.VARCHAR);
    public static final Field<String> B = DSL.field(DSL.name("b"), SQLDataType.VARCHAR);
    public static final Field<Long> UNITS = DSL.field(DSL.name("units"), SQLDataType.BIGINT);

    private CooccurrenceSql() {
    }

    static GroupField[] unit(Scope scope) {
        return scope == Scope.SENTENCE
                ? new GroupField[] {Mentions.DOCUMENT_ID, Mentions.SENTENCE_START}
                : new GroupField[] {Mentions.DOCUMENT_ID};
    }

    /** Units containing both themes of each pair. */
    public static Select<?> pairs(DSLContext dsl, Scope scope, Filters filters, int generation) {
        var perUnit = dsl.select(DSL.field("groupUniqArray({0})", SQLDataType.VARCHAR.array(), Mentions.THEME).as("ts"))
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation))
                .and(filters.onMentions())
                .groupBy(unit(scope))
                .asTable("u");
        Field<Object> pair = DSL.field("arrayJoin(arrayFilter(p -> p.1 < p.2, arrayFlatten(arrayMap(x -> arrayMap(y -> (x, y), ts), ts))))")
                .as("pair");
        var pairs = dsl.select(pair).from(perUnit).asTable("p");
        return dsl.select(DSL.field("pair.1", SQLDataType.VARCHAR).as(A), DSL.field("pair.2", SQLDataType.VARCHAR).as(B),
                        DSL.count().cast(Long.class).as(UNITS))
                .from(pairs)
                .groupBy(A, B)
                .orderBy(A, B);
    }

    /** Units mentioning each theme. */
    public static Select<?> themeUnits(DSLContext dsl, Scope scope, Filters filters, int generation) {
        return dsl.select(Mentions.THEME, DSL.field("uniqExact({0})", SQLDataType.BIGINT, unitKey(scope)).as(UNITS))
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation))
                .and(filters.onMentions())
                .groupBy(Mentions.THEME)
                .orderBy(Mentions.THEME);
    }

    /** Units mentioning any theme: N for the association measures. */
    public static Select<?> totalUnits(DSLContext dsl, Scope scope, Filters filters, int generation) {
        return dsl.select(DSL.field("uniqExact({0})", SQLDataType.BIGINT, unitKey(scope)).as(UNITS),
                        DSL.max(Mentions.SYNTHETIC).as("synthetic"))
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation))
                .and(filters.onMentions());
    }

    private static org.jooq.QueryPart unitKey(Scope scope) {
        return scope == Scope.SENTENCE ? DSL.list(Mentions.DOCUMENT_ID, Mentions.SENTENCE_START) : Mentions.DOCUMENT_ID;
    }
}

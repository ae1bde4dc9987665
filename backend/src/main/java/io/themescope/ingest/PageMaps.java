package io.themescope.ingest;

import io.themescope.clickhouse.schema.DocumentSources;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stored page maps of documents that came as paged files, so a reindex gives each
 * re-extracted mention the page it had at ingest. The array travels as one comma-joined string.
 */
final class PageMaps {

    private PageMaps() {
    }

    static Map<String, List<Integer>> load(DSLContext dsl, List<String> documentIds) {
        Map<String, List<Integer>> out = new HashMap<>();
        if (documentIds.isEmpty()) {
            return out;
        }
        Field<String> joined = DSL.field("arrayStringConcat({0}, ',')", String.class, DocumentSources.PAGE_STARTS);
        for (Record2<String, String> r : dsl.select(DocumentSources.DOCUMENT_ID, joined).from(DocumentSources.TABLE)
                .where(DocumentSources.DOCUMENT_ID.in(documentIds)).and(DocumentSources.PAGES.isNotNull()).fetch()) {
            out.put(r.value1(), parse(r.value2()));
        }
        return out;
    }

    static List<Integer> parse(String joined) {
        List<Integer> starts = new ArrayList<>();
        if (joined != null && !joined.isEmpty()) {
            for (String s : joined.split(",")) {
                starts.add(Integer.parseInt(s));
            }
        }
        return starts.isEmpty() ? null : List.copyOf(starts);
    }
}

package io.themescope.evaluation;

import io.themescope.clickhouse.schema.Documents;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored texts of the documents a gold labels, read as {@code GET /api/v1/documents/{id}?text=true}
 * reads them, with whether any of them is synthetic so the answer's meta can say so.
 */
final class StoredTexts {

    record Found(Map<String, String> texts, boolean synthetic) {
    }

    private StoredTexts() {
    }

    static Found read(DSLContext dsl, List<String> ids) {
        Map<String, String> texts = new HashMap<>();
        boolean synthetic = false;
        if (ids.isEmpty()) {
            return new Found(texts, false);
        }
        for (Record r : dsl.select(Documents.ID, Documents.TEXT, Documents.SYNTHETIC).from(Documents.TABLE)
                .where(Documents.ID.in(ids)).fetch()) {
            if (texts.putIfAbsent(r.get(Documents.ID), r.get(Documents.TEXT)) == null) {
                synthetic |= Boolean.TRUE.equals(r.get(Documents.SYNTHETIC));
            }
        }
        return new Found(texts, synthetic);
    }
}

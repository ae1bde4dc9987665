package io.themescope.ingest;

import io.themescope.clickhouse.Sets;
import io.themescope.clickhouse.TableOps;
import io.themescope.clickhouse.schema.DocumentSources;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Removes documents and meetings stored by mistake, exactly: the document rows go first, then their
 * original files and mentions, then every aggregate is recounted from what is left, all while readers are held back,
 * so an answer sees the store before or after, never between. A crash between the steps leaves
 * originals or mentions without a document or an aggregate behind its rows, which the start-up
 * repair undoes.
 */
@Component
final class StoreCorrections {

    /** What a meeting deletion did. */
    record MeetingRemoval(boolean found, long documents, List<String> deletedDocuments) {
    }

    private final DocumentStore store;
    private final IndexGeneration generation;
    private final Aggregates aggregates;
    private final TableOps ops;
    private final AnalyticsCacheInvalidation invalidation;

    StoreCorrections(DocumentStore store, IndexGeneration generation, Aggregates aggregates, TableOps ops,
                     AnalyticsCacheInvalidation invalidation) {
        this.store = store;
        this.generation = generation;
        this.aggregates = aggregates;
        this.ops = ops;
        this.invalidation = invalidation;
    }

    /** Deletes the documents {@code which} selects; returns their ids (none: nothing changed). Blocking. */
    List<String> deleteDocuments(DSLContext dsl, Condition which) {
        List<String> deleted = store.correcting(() -> deleteLocked(dsl, which));
        if (!deleted.isEmpty()) {
            invalidation.changed();
        }
        return deleted;
    }

    /**
     * Deletes a meeting; one that still has documents only when {@code withDocuments}, and then
     * its documents first. Blocking.
     */
    MeetingRemoval deleteMeeting(DSLContext dsl, String id, boolean withDocuments) {
        MeetingRemoval removal = store.correcting(() -> {
            if (!dsl.fetchExists(Meetings.TABLE, Meetings.ID.eq(id))) {
                return new MeetingRemoval(false, 0, List.of());
            }
            long documents = dsl.fetchCount(Documents.TABLE, Documents.MEETING_ID.eq(id));
            if (documents > 0 && !withDocuments) {
                return new MeetingRemoval(true, documents, List.of());
            }
            List<String> deleted = deleteLocked(dsl, Documents.MEETING_ID.eq(id));
            ops.delete(dsl, Meetings.TABLE, Meetings.ID.eq(id));
            store.forgetMeetings(List.of(id));
            return new MeetingRemoval(true, documents, deleted);
        });
        if (removal.found() && (removal.documents() == 0 || !removal.deletedDocuments().isEmpty())) {
            invalidation.changed();
        }
        return removal;
    }

    private List<String> deleteLocked(DSLContext dsl, Condition which) {
        List<String> ids = dsl.select(Documents.ID).from(Documents.TABLE).where(which).orderBy(Documents.ID)
                .fetch(Documents.ID);
        if (ids.isEmpty()) {
            return ids;
        }
        ops.delete(dsl, Documents.TABLE, Sets.contains(ids, Documents.ID));
        ops.delete(dsl, DocumentSources.TABLE, Sets.contains(ids, DocumentSources.DOCUMENT_ID));
        aggregates.deleteMentions(dsl, Sets.contains(ids, Mentions.DOCUMENT_ID));
        int[] targets = generation.writeTargets();
        for (int g : targets) {
            // the first target is the generation readers use; a reindex writes its own totals at the end
            aggregates.recount(dsl, g, g == targets[0]);
        }
        aggregates.recountTotals(dsl);
        return ids;
    }
}

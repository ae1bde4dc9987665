package io.themescope.ingest;

import io.themescope.clickhouse.BulkInsert;
import io.themescope.clickhouse.Sets;
import io.themescope.clickhouse.schema.DocumentSources;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import io.themescope.themes.Mention;
import io.themescope.web.ApiError;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Stores prepared documents in batches: one query to find duplicates, one to check meetings, one
 * insert for all mentions and one for all documents. Writes are serialised in this process, which
 * makes "check, then insert" safe against racing requests; the document row goes in last and a
 * failure removes the batch's new meetings and mentions again, so a failed batch leaves nothing behind.
 * Readers are held back while a batch publishes, so they see all of it or none; a crash is repaired
 * at start.
 */
@Component
final class DocumentStore {

    private final IndexGeneration generation;
    private final io.themescope.themes.Taxonomy taxonomy;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Map<String, MeetingRow> meetingCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final BulkInsert bulk;
    private final Aggregates aggregates;
    private final io.themescope.clickhouse.TableOps ops;
    private final io.themescope.clickhouse.Visibility visibility;

    DocumentStore(IndexGeneration generation, io.themescope.themes.Taxonomy taxonomy, BulkInsert bulk,
                  Aggregates aggregates, io.themescope.clickhouse.TableOps ops,
                  io.themescope.clickhouse.Visibility visibility) {
        this.visibility = visibility;
        this.generation = generation;
        this.taxonomy = taxonomy;
        this.bulk = bulk;
        this.aggregates = aggregates;
        this.ops = ops;
    }

    /** Stores what is new in {@code batch}; one outcome per input, in order. Blocking. */
    List<IngestOutcome> save(DSLContext dsl, List<PreparedDocument> batch) {
        return generation.whileWriting(() -> {
            writeLock.lock();
            try {
                return saveLocked(dsl, batch);
            } finally {
                writeLock.unlock();
            }
        });
    }

    /**
     * Runs a correction of stored rows alone: no batch, reindex switch or other correction runs
     * meanwhile, and readers are held back while it publishes, so no answer shows half of it.
     */
    <T> T correcting(java.util.function.Supplier<T> change) {
        return generation.whileWriting(() -> {
            writeLock.lock();
            try {
                return visibility.publishing(change);
            } finally {
                writeLock.unlock();
            }
        });
    }

    /** Forgets meetings that a correction removed, so the next batch looks them up again. */
    void forgetMeetings(java.util.Collection<String> ids) {
        ids.forEach(meetingCache::remove);
    }

    private List<IngestOutcome> saveLocked(DSLContext dsl, List<PreparedDocument> batch) {
        Set<String> ids = batch.stream().map(PreparedDocument::id).collect(Collectors.toSet());
        Map<String, Integer> existingWords = new HashMap<>();
        for (Record2<String, Long> r : dsl.select(Documents.ID, Documents.WORDS).from(Documents.TABLE)
                .where(Sets.contains(ids, Documents.ID)).fetch()) {
            existingWords.put(r.value1(), r.value2().intValue());
        }
        Map<String, MeetingRow> meetings = knownMeetings(dsl, batch.stream()
                .map(d -> d.document().meeting().id()).collect(Collectors.toSet()));

        List<IngestOutcome> outcomes = new ArrayList<>(batch.size());
        List<PreparedDocument> fresh = new ArrayList<>();
        Map<String, MeetingRow> newMeetings = new LinkedHashMap<>();
        Map<String, PreparedDocument> seenInBatch = new HashMap<>();
        for (PreparedDocument given : batch) {
            PreparedDocument d = given;
            if (d.document().meeting().isReference()) {
                String ref = d.document().meeting().ref();
                MeetingRow stored = meetings.getOrDefault(ref, newMeetings.get(ref));
                if (stored == null) {
                    outcomes.add(IngestOutcome.rejected(400, List.of(MeetingIds.unknown(dsl, ref, newMeetings.keySet()))));
                    continue;
                }
                d = d.withMeeting(stored.input());
            }
            if (existingWords.containsKey(d.id())) {
                outcomes.add(IngestOutcome.duplicate(d.id(), existingWords.get(d.id()), storedCounts(dsl, d.id())));
                continue;
            }
            if (seenInBatch.containsKey(d.id())) {
                outcomes.add(IngestOutcome.duplicate(d.id(), d.words(), d.themeCounts()));
                continue;
            }
            MeetingRow wanted = MeetingRow.of(d.document().meeting());
            MeetingRow known = meetings.getOrDefault(wanted.id(), newMeetings.get(wanted.id()));
            if (known != null) {
                List<ApiError> conflicts = known.conflictsWith(wanted);
                if (!conflicts.isEmpty()) {
                    outcomes.add(IngestOutcome.rejected(conflicts));
                    continue;
                }
            } else {
                newMeetings.put(wanted.id(), wanted);
            }
            seenInBatch.put(d.id(), d);
            fresh.add(d);
            outcomes.add(IngestOutcome.stored(d));
        }
        if (fresh.isEmpty()) {
            return outcomes;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int[] targets = generation.writeTargets();
        List<Extracted> extracted = fresh.stream()
                .map(d -> new Extracted(DocContext.of(d.id(), d.document()), d.mentions(), d.pageStarts())).toList();
        visibility.publishing(() -> {
            try {
                if (!newMeetings.isEmpty()) {
                    MeetingRow.insert(bulk, newMeetings.values(), now);
                }
                insertMentions(dsl, extracted, targets);
                insertTotals(fresh, targets[0]);
                insertSources(fresh, now);
                insertDocuments(fresh, now);
            } catch (RuntimeException e) {
                undo(dsl, fresh, newMeetings.keySet(), targets);
                throw e;
            }
            return null;
        });
        // only now: a meeting of a failed batch must not be taken for stored by the next request
        meetingCache.putAll(newMeetings);
        return outcomes;
    }

    /**
     * Removes what a failed batch may have written: the meetings it introduced (none was stored
     * before, and writes are serialised), its mentions (which the document rows, written last, never
     * joined) and their share of the aggregates, recounted from the remaining rows.
     */
    private void undo(DSLContext dsl, List<PreparedDocument> batch, java.util.Collection<String> newMeetings,
                      int[] generations) {
        if (!newMeetings.isEmpty()) {
            ops.delete(dsl, Meetings.TABLE, Sets.contains(newMeetings, Meetings.ID));
        }
        aggregates.deleteMentions(dsl, Sets.contains(batch.stream().map(PreparedDocument::id).toList(),
                Mentions.DOCUMENT_ID));
        ops.delete(dsl, DocumentSources.TABLE, Sets.contains(batch.stream().map(PreparedDocument::id).toList(),
                DocumentSources.DOCUMENT_ID));
        for (int g : generations) {
            // the first target is the generation readers use; a reindex writes its own totals at the end
            aggregates.recount(dsl, g, g == generations[0]);
        }
    }

    /**
     * The stored meetings among {@code ids}, from memory where this process has seen them (meeting
     * facts never change once stored), from ClickHouse for the rest.
     */
    private Map<String, MeetingRow> knownMeetings(DSLContext dsl, Set<String> ids) {
        Map<String, MeetingRow> out = new HashMap<>();
        Set<String> missing = new java.util.HashSet<>();
        for (String id : ids) {
            MeetingRow m = meetingCache.get(id);
            if (m == null) {
                missing.add(id);
            } else {
                out.put(id, m);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, MeetingRow> loaded = MeetingRow.load(dsl, missing);
            meetingCache.putAll(loaded);
            out.putAll(loaded);
        }
        return out;
    }

    /** A document's facts with the mentions extracted from it and its page map (null without pages). */
    record Extracted(DocContext context, List<Mention> mentions, List<Integer> pageStarts) {
    }

    /** Re-extracted mentions of stored documents, written into generation {@code target} only. */
    void saveMentions(DSLContext dsl, List<Extracted> docs, int target) {
        insertMentions(dsl, docs, new int[] {target});
    }

    private Map<String, Integer> storedCounts(DSLContext dsl, String documentId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Record r : dsl.select(Mentions.THEME, DSL.count()).from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation.current()))
                .and(Mentions.DOCUMENT_ID.eq(documentId))
                .groupBy(Mentions.THEME).fetch()) {
            counts.put(r.get(Mentions.THEME), r.get(1, Integer.class));
        }
        return counts;
    }

    private static final List<Field<?>> MENTION_COLUMNS = List.of(Mentions.GENERATION, Mentions.THEME,
            Mentions.MEETING_DATE, Mentions.DATE_PRECISION, Mentions.YEAR, Mentions.MEETING_ID, Mentions.SERIES,
            Mentions.HOST_COUNTRY, Mentions.KIND, Mentions.DOCUMENT_ID, Mentions.TERM, Mentions.START, Mentions.END,
            Mentions.SENTENCE, Mentions.SENTENCE_START, Mentions.SYNTHETIC, Mentions.FIRST_IN_DOCUMENT, Mentions.PAGE);

    private static final List<Field<?>> DOCUMENT_COLUMNS = List.of(Documents.ID, Documents.MEETING_ID,
            Documents.SERIES, Documents.MEETING_DATE, Documents.DATE_PRECISION, Documents.YEAR,
            Documents.HOST_COUNTRY, Documents.KIND, Documents.TITLE, Documents.PUBLISHED_ON, Documents.SOURCE_URL,
            Documents.LANGUAGE, Documents.WORDS, Documents.TEXT, Documents.CONTENT_HASH,
            Documents.TAXONOMY_VERSION, Documents.INGESTED_AT, Documents.SYNTHETIC);

    private void insertMentions(DSLContext dsl, List<Extracted> docs, int[] generations) {
        List<Object[]> rows = new ArrayList<>();
        for (int g : generations) {
            for (Extracted d : docs) {
                DocContext c = d.context();
                // the first mention of each theme in the document carries the mark the aggregate sums
                java.util.Set<String> marked = new java.util.HashSet<>();
                for (Mention mention : d.mentions()) {
                    rows.add(new Object[] {g, mention.themeId(), c.meetingDate(), c.datePrecision(),
                            c.meetingDate().getYear(), c.meetingId(), c.series(), c.hostCountry(), c.kind(),
                            c.documentId(), mention.term(), Math.toIntExact(mention.start()),
                            Math.toIntExact(mention.end()), mention.sentence().text(),
                            Math.toIntExact(mention.sentence().start()), c.synthetic(),
                            marked.add(mention.themeId()) ? 1 : 0,
                            io.themescope.convert.PageMap.pageOf(d.pageStarts(), mention.start())});
                }
            }
        }
        bulk.insert(Mentions.TABLE, MENTION_COLUMNS, rows);
    }

    private static final List<Field<?>> TOTALS_COLUMNS = List.of(ThemeMeetingCounts.GENERATION,
            ThemeMeetingCounts.THEME, ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE,
            ThemeMeetingCounts.DATE_PRECISION, ThemeMeetingCounts.SERIES, ThemeMeetingCounts.HOST_COUNTRY,
            ThemeMeetingCounts.KIND, ThemeMeetingCounts.SYNTHETIC, ThemeMeetingCounts.MENTIONS,
            ThemeMeetingCounts.DOCUMENTS, ThemeMeetingCounts.WORDS);

    /**
     * Each document's words as a totals row of the generation readers use, next to the theme rows the
     * view derives from its mentions: a series answer then reads counts and denominators in one SELECT.
     * A reindex in progress gets its totals from the documents table when it switches.
     */
    private void insertTotals(List<PreparedDocument> docs, int current) {
        List<Object[]> rows = new ArrayList<>(docs.size());
        for (PreparedDocument d : docs) {
            NewDocument doc = d.document();
            NewDocument.MeetingInput m = doc.meeting();
            rows.add(new Object[] {current, ThemeMeetingCounts.TOTALS, m.id(), m.date().date(),
                    m.date().precision().label(), m.series(), m.hostCountry(), doc.kind(), doc.synthetic(), 0L, 1L,
                    (long) d.words()});
        }
        bulk.insert(ThemeMeetingCounts.TABLE, TOTALS_COLUMNS, rows);
    }

    private static final List<Field<?>> SOURCE_COLUMNS = List.of(DocumentSources.DOCUMENT_ID, DocumentSources.FORMAT,
            DocumentSources.CONTENT_TYPE, DocumentSources.FILE_NAME, DocumentSources.SIZE, DocumentSources.SHA256,
            DocumentSources.PAGES, DocumentSources.PAGE_STARTS, DocumentSources.CONVERTER, DocumentSources.NOTES,
            DocumentSources.CONTENT, DocumentSources.STORED_AT);

    /** The original files of the documents that came as files, before their document rows. */
    private void insertSources(List<PreparedDocument> docs, LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        for (PreparedDocument d : docs) {
            Source s = d.document().source();
            if (s == null) {
                continue;
            }
            var c = s.conversion();
            int[] starts = c.pageStarts() == null ? new int[0] : c.pageStarts().stream().mapToInt(Integer::intValue).toArray();
            rows.add(new Object[] {d.id(), c.format(), c.contentType(), s.fileName(), (long) s.bytes().length,
                    s.sha256(), c.pages(), starts, c.converter(), c.notes().toArray(String[]::new),
                    java.util.Base64.getEncoder().encodeToString(s.bytes()), now});
        }
        if (!rows.isEmpty()) {
            bulk.insert(DocumentSources.TABLE, SOURCE_COLUMNS, rows);
        }
    }

    private void insertDocuments(List<PreparedDocument> docs, LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>(docs.size());
        for (PreparedDocument d : docs) {
            NewDocument doc = d.document();
            NewDocument.MeetingInput m = doc.meeting();
            rows.add(new Object[] {d.id(), m.id(), m.series(), m.date().date(), m.date().precision().label(),
                    m.date().date().getYear(), m.hostCountry(), doc.kind(), doc.title(), doc.publishedOn(),
                    doc.sourceUrl(), doc.language(), (long) d.words(), doc.text(), d.contentHash(), taxonomy.version(),
                    now, doc.synthetic()});
        }
        bulk.insert(Documents.TABLE, DOCUMENT_COLUMNS, rows);
    }
}

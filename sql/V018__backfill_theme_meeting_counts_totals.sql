-- The document and word totals of the stored documents, as rows with theme '' in the generation
-- readers use (the latest in index_state; none before the first start wrote one, when no document
-- exists either). From here on ingest writes these rows with each batch, and a reindex writes them
-- for its new generation just before it switches.
INSERT INTO theme_meeting_counts (generation, theme, meeting_id, meeting_date, date_precision, series, host_country,
                                  kind, synthetic, mentions, documents, words)
SELECT state.generation, '', meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic,
       toUInt64(0), toUInt64(count()), toUInt64(sum(words))
FROM documents
CROSS JOIN (SELECT max(generation) AS generation FROM index_state WHERE key = 'mentions' HAVING count() > 0) AS state
GROUP BY state.generation, meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic

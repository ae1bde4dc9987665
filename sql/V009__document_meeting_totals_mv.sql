-- Fills document_meeting_totals on every insert into documents.
CREATE MATERIALIZED VIEW IF NOT EXISTS document_meeting_totals_mv TO document_meeting_totals AS
SELECT meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic,
       toUInt64(count()) AS documents, toUInt64(sum(words)) AS words
FROM documents
GROUP BY meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic

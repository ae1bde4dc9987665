CREATE MATERIALIZED VIEW IF NOT EXISTS document_meeting_totals_mv ON CLUSTER `themescope_cluster` TO document_meeting_totals_local AS SELECT meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic,
       toUInt64(count()) AS documents, toUInt64(sum(words)) AS words
FROM documents_local
GROUP BY meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic;

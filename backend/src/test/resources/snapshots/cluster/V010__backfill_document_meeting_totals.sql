INSERT INTO document_meeting_totals
SELECT meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic,
       toUInt64(count()) AS documents, toUInt64(sum(words)) AS words
FROM documents
GROUP BY meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic;

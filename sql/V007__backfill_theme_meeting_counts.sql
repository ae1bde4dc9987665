-- Counts the mentions stored before the view existed (none on a new store).
INSERT INTO theme_meeting_counts
SELECT generation, theme, meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic,
       toUInt64(count()) AS mentions, uniqExactState(cityHash64(document_id)) AS documents
FROM mentions
GROUP BY generation, theme, meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic

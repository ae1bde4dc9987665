-- Counts the mentions already stored, in one grouping over all of them, so documents are counted
-- exactly whatever their marks say (rows older than V011 carry none).
INSERT INTO theme_meeting_counts
SELECT generation, theme, meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic,
       toUInt64(count()) AS mentions, toUInt64(uniqExact(document_id)) AS documents
FROM mentions
GROUP BY generation, theme, meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic

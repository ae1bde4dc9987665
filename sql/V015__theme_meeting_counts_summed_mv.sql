-- Fills theme_meeting_counts on every insert into mentions.
CREATE MATERIALIZED VIEW IF NOT EXISTS theme_meeting_counts_mv TO theme_meeting_counts AS
SELECT generation, theme, meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic,
       toUInt64(count()) AS mentions, toUInt64(sum(first_in_document)) AS documents
FROM mentions
GROUP BY generation, theme, meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic

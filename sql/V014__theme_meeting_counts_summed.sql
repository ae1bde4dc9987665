-- Pre-aggregated mention counts per generation, theme, meeting and the facts analytics filter on.
-- Series and host comparisons read this instead of the raw mentions. `documents` is the number of
-- documents mentioning the theme: a sum of mentions.first_in_document, exact because each
-- (document, theme) pair has exactly one marked mention and documents are written once.
CREATE TABLE IF NOT EXISTS theme_meeting_counts
(
    generation     UInt32,
    theme          LowCardinality(String),
    meeting_id     String,
    meeting_date   Date,
    date_precision LowCardinality(String),
    series         LowCardinality(String),
    host_country   LowCardinality(String),
    kind           LowCardinality(String),
    synthetic      Bool,
    mentions       SimpleAggregateFunction(sum, UInt64),
    documents      SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY generation
ORDER BY (generation, theme, meeting_date, meeting_id, series, host_country, kind, synthetic)

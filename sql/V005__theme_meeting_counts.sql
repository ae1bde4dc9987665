-- Pre-aggregated mention counts per generation, theme, meeting and the facts analytics filter on.
-- Series and host comparisons read this instead of the raw mentions; `documents` keeps an exact
-- set of 64-bit hashes of document ids (cityHash64), so documents mentioning a theme add up
-- correctly however inserts were split; hashes merge about four times faster than the id strings,
-- and a collision needs billions of documents to become likely.
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
    documents      AggregateFunction(uniqExact, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY generation
ORDER BY (generation, theme, meeting_date, meeting_id, series, host_country, kind, synthetic)

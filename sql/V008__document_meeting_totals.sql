-- Pre-aggregated document and word totals per meeting and the facts analytics filter on: the
-- denominators of every rate. Documents are never re-inserted, so plain sums stay exact.
CREATE TABLE IF NOT EXISTS document_meeting_totals
(
    meeting_id     String,
    meeting_date   Date,
    date_precision LowCardinality(String),
    series         LowCardinality(String),
    host_country   LowCardinality(String),
    kind           LowCardinality(String),
    synthetic      Bool,
    documents      SimpleAggregateFunction(sum, UInt64),
    words          SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY (meeting_date, meeting_id, series, host_country, kind, synthetic)

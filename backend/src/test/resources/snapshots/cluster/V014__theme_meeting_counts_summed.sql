CREATE TABLE IF NOT EXISTS theme_meeting_counts_local ON CLUSTER `themescope_cluster` (
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
) ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/themescope/theme_meeting_counts_local', '{replica}') PARTITION BY generation
ORDER BY (generation, theme, meeting_date, meeting_id, series, host_country, kind, synthetic);

CREATE TABLE IF NOT EXISTS theme_meeting_counts ON CLUSTER `themescope_cluster` AS theme_meeting_counts_local ENGINE = Distributed(`themescope_cluster`, 'themescope', 'theme_meeting_counts_local', rand());

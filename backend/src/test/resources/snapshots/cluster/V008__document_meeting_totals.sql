CREATE TABLE IF NOT EXISTS document_meeting_totals_local ON CLUSTER `themescope_cluster` (
    meeting_id     String,
    meeting_date   Date,
    date_precision LowCardinality(String),
    series         LowCardinality(String),
    host_country   LowCardinality(String),
    kind           LowCardinality(String),
    synthetic      Bool,
    documents      SimpleAggregateFunction(sum, UInt64),
    words          SimpleAggregateFunction(sum, UInt64)
) ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/themescope/document_meeting_totals_local', '{replica}') ORDER BY (meeting_date, meeting_id, series, host_country, kind, synthetic);

CREATE TABLE IF NOT EXISTS document_meeting_totals ON CLUSTER `themescope_cluster` AS document_meeting_totals_local ENGINE = Distributed(`themescope_cluster`, 'themescope', 'document_meeting_totals_local', rand());

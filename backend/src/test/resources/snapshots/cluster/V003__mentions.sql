CREATE TABLE IF NOT EXISTS mentions_local ON CLUSTER `themescope_cluster` (
    generation     UInt32,
    theme          LowCardinality(String),
    meeting_date   Date,
    date_precision LowCardinality(String),
    year           UInt16,
    meeting_id     String,
    series         LowCardinality(String),
    host_country   LowCardinality(String),
    kind           LowCardinality(String),
    document_id    String,
    term           String,
    start          UInt32,
    end            UInt32,
    sentence       String CODEC(ZSTD(3)),
    sentence_start UInt32,
    synthetic      Bool
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/themescope/mentions_local', '{replica}') PARTITION BY generation
ORDER BY (generation, theme, meeting_date, document_id, start);

CREATE TABLE IF NOT EXISTS mentions ON CLUSTER `themescope_cluster` AS mentions_local ENGINE = Distributed(`themescope_cluster`, 'themescope', 'mentions_local', rand());

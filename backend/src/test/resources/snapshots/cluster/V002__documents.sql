CREATE TABLE IF NOT EXISTS documents_local ON CLUSTER `themescope_cluster` (
    id               String,
    meeting_id       String,
    series           LowCardinality(String),
    meeting_date     Date,
    date_precision   LowCardinality(String),
    year             UInt16,
    host_country     LowCardinality(String),
    kind             LowCardinality(String),
    title            String,
    published_on     Nullable(Date),
    source_url       Nullable(String),
    language         LowCardinality(String),
    words            UInt32,
    text             String CODEC(ZSTD(3)),
    content_hash     String,
    taxonomy_version LowCardinality(String),
    ingested_at      DateTime64(3, 'UTC'),
    synthetic        Bool
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/themescope/documents_local', '{replica}', ingested_at)
ORDER BY id;

CREATE TABLE IF NOT EXISTS documents ON CLUSTER `themescope_cluster` AS documents_local ENGINE = Distributed(`themescope_cluster`, 'themescope', 'documents_local', rand());

CREATE TABLE IF NOT EXISTS document_sources_local ON CLUSTER `themescope_cluster` (
    document_id  String,
    format       LowCardinality(String),
    content_type String,
    file_name    String,
    size         UInt64,
    sha256       String,
    pages        Nullable(UInt32),
    page_starts  Array(UInt32),
    converter    String,
    notes        Array(String),
    content      String CODEC(ZSTD(3)),
    stored_at    DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/themescope/document_sources_local', '{replica}', stored_at)
ORDER BY document_id;

CREATE TABLE IF NOT EXISTS document_sources ON CLUSTER `themescope_cluster` AS document_sources_local ENGINE = Distributed(`themescope_cluster`, 'themescope', 'document_sources_local', rand());

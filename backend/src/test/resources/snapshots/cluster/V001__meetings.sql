CREATE TABLE IF NOT EXISTS meetings_local ON CLUSTER `themescope_cluster` (
    id             String,
    series         LowCardinality(String),
    number         Nullable(UInt16),
    date           Date,
    date_precision LowCardinality(String),
    year           UInt16,
    host_country   FixedString(2),
    host_city      Nullable(String),
    virtual        Bool,
    title          Nullable(String),
    sources        Array(String),
    synthetic      Bool,
    updated_at     DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/themescope/meetings_local', '{replica}', updated_at)
ORDER BY id;

CREATE TABLE IF NOT EXISTS meetings ON CLUSTER `themescope_cluster` AS meetings_local ENGINE = Distributed(`themescope_cluster`, 'themescope', 'meetings_local', rand());

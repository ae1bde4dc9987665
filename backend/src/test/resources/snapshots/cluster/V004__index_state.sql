CREATE TABLE IF NOT EXISTS index_state_local ON CLUSTER `themescope_cluster` (
    key              String,
    generation       UInt32,
    taxonomy_version String,
    updated_at       DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/themescope/index_state_local', '{replica}', updated_at)
ORDER BY key;

CREATE TABLE IF NOT EXISTS index_state ON CLUSTER `themescope_cluster` AS index_state_local ENGINE = Distributed(`themescope_cluster`, 'themescope', 'index_state_local', rand());

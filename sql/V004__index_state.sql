-- Which mention generation readers use, and the taxonomy version that produced it. The row with
-- the latest updated_at wins; the application is its only writer.
CREATE TABLE IF NOT EXISTS index_state
(
    key              String,
    generation       UInt32,
    taxonomy_version String,
    updated_at       DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY key

-- One row per stored document. The id is derived from the meeting and the whitespace-normalised
-- text, so ingesting the same text for the same meeting again yields the same id. Meeting facts
-- used by analytics filters are copied in, so bucket totals (words, documents) need no join.
CREATE TABLE IF NOT EXISTS documents
(
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
)
ENGINE = ReplacingMergeTree(ingested_at)
ORDER BY id

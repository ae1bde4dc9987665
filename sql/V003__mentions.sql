-- One row per theme mention, with the meeting facts analytics filter on and the sentence that
-- shows it. A reindex writes a new generation (its own partition) and switches readers to it in
-- one step, then drops the old partition: readers never see a mix of two extractions.
CREATE TABLE IF NOT EXISTS mentions
(
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
)
ENGINE = MergeTree
PARTITION BY generation
ORDER BY (generation, theme, meeting_date, document_id, start)

-- The original file of each document uploaded as a file (PDF, HTML, text or Markdown), so the
-- converted text can be checked against it, with its provenance: format, size and SHA-256 of the
-- original bytes, pages, the converter and its version, its notes, and where each page starts in the
-- converted text (a reindex gives every mention its page again from it). `content` is the original
-- bytes base64-encoded (they travel as JSON text), compressed with ZSTD. Documents sent as JSON text
-- have no row here: their text is their original.
CREATE TABLE IF NOT EXISTS document_sources
(
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
)
ENGINE = ReplacingMergeTree(stored_at)
ORDER BY document_id

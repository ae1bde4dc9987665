-- Marks the first mention of its theme in its document (1; every other mention 0), set by the
-- application when it writes a document's mentions. Summing the mark counts documents mentioning a
-- theme with plain addition, however inserts are split, so the aggregate needs no set of ids.
-- Rows written before this column existed read 0: their counts come from V016's exact backfill.
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS first_in_document UInt8 DEFAULT 0

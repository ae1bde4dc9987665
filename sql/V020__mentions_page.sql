-- The page of the original file a mention is on (1-based), from the document's page map at ingest
-- and at every reindex. NULL where the format has no pages (JSON text, HTML, plain text) and on
-- every row written before this column existed.
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS page Nullable(UInt32) DEFAULT NULL

ALTER TABLE mentions_local ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS first_in_document UInt8 DEFAULT 0;

ALTER TABLE mentions ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS first_in_document UInt8 DEFAULT 0;

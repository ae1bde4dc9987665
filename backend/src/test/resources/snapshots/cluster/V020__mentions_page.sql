ALTER TABLE mentions_local ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS page Nullable(UInt32) DEFAULT NULL;

ALTER TABLE mentions ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS page Nullable(UInt32) DEFAULT NULL;

ALTER TABLE theme_meeting_counts_local ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS words SimpleAggregateFunction(sum, UInt64);

ALTER TABLE theme_meeting_counts ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS words SimpleAggregateFunction(sum, UInt64);

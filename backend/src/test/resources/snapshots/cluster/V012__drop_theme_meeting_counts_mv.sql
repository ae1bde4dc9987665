DROP VIEW IF EXISTS theme_meeting_counts_mv ON CLUSTER `themescope_cluster` SYNC;

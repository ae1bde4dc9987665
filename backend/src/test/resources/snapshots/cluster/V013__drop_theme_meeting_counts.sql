DROP TABLE IF EXISTS theme_meeting_counts ON CLUSTER `themescope_cluster` SYNC;

DROP TABLE IF EXISTS theme_meeting_counts_local ON CLUSTER `themescope_cluster` SYNC;

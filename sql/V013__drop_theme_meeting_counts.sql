-- Dropped with its view (V012); V014 creates it again with a summed document count.
DROP TABLE IF EXISTS theme_meeting_counts

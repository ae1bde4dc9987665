-- The uniqExact view is replaced by one that sums first_in_document (V014/V015): merging sets of
-- document hashes was most of a series query's time (17 of 21 ms at 100,000 documents).
DROP VIEW IF EXISTS theme_meeting_counts_mv

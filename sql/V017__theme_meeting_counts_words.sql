-- Words per meeting, carried by the rows that hold each meeting's document and word totals (theme ''),
-- so a series answer reads its counts and its denominators in one SELECT of one table. Theme rows
-- leave it at 0.
ALTER TABLE theme_meeting_counts ADD COLUMN IF NOT EXISTS words SimpleAggregateFunction(sum, UInt64)

-- Meetings of a series (ADMM, ADMM-Plus, ...). An unnumbered meeting (a retreat, a special meeting)
-- is identified by series and date. date_precision says how much of `date` the sources gave:
-- 'day', 'month' (date is the 1st) or 'year' (date is 1 January); buckets finer than that skip it.
CREATE TABLE IF NOT EXISTS meetings
(
    id             String,
    series         LowCardinality(String),
    number         Nullable(UInt16),
    date           Date,
    date_precision LowCardinality(String),
    year           UInt16,
    host_country   FixedString(2),
    host_city      Nullable(String),
    virtual        Bool,
    title          Nullable(String),
    sources        Array(String),
    synthetic      Bool,
    updated_at     DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY id

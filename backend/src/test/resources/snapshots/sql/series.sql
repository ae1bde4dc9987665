select
  'c' "part",
  toString(toYear("meeting_date")) "meeting",
  "theme" "theme_id",
  sum("mentions") "a",
  sum("documents") "b",
  sum("words") "words",
  toUInt8(max("synthetic")) "synthetic_any",
  toUInt32(min("meeting_date")) "first_day",
  toUInt32(max("meeting_date")) "last_day"
from "theme_meeting_counts"
where (
  "generation" = 3
  and "theme" in (
    '', 'arms-race', 'unity'
  )
  and "meeting_date" >= date '2014-01-01'
  and "meeting_date" <= date '2016-06-30'
  and "series" in ('ADMM')
  and "host_country" in (
    'LA', 'MY'
  )
  and "kind" in (
    'joint-declaration', 'speech'
  )
)
group by
  toString(toYear("meeting_date")),
  "theme"

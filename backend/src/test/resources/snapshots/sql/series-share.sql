select
  'c' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-Q', toString(toQuarter("meeting_date")))) "meeting",
  "theme" "theme_id",
  sum("mentions") "a",
  sum("documents") "b",
  sum("words") "words",
  toUInt8(max("synthetic")) "synthetic_any",
  toUInt32(minIfOrNull("meeting_date", "date_precision" != 'year')) "first_day",
  toUInt32(maxIfOrNull("meeting_date", "date_precision" != 'year')) "last_day"
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
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-Q', toString(toQuarter("meeting_date")))),
  "theme"
union all
select
  'a' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-Q', toString(toQuarter("meeting_date")))) "meeting",
  '' "theme_id",
  sum("mentions") "a",
  toUInt64(0) "b",
  toUInt64(0) "words",
  toUInt8(0) "synthetic_any",
  CAST(NULL AS Nullable(UInt32)) "first_day",
  CAST(NULL AS Nullable(UInt32)) "last_day"
from "theme_meeting_counts"
where (
  "generation" = 3
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
group by if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-Q', toString(toQuarter("meeting_date"))))

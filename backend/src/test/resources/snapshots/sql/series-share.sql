select
  't' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-Q', toString(toQuarter("meeting_date")))) "meeting",
  "theme" "theme_id",
  toUInt64(sum("mentions")) "a",
  toUInt64(sum("documents")) "b",
  toUInt8(0) "synthetic_any"
from "theme_meeting_counts"
where (
  "generation" = 3
  and "theme" in (
    'arms-race', 'unity'
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
  'd' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-Q', toString(toQuarter("meeting_date")))) "meeting",
  '' "theme_id",
  toUInt64(sum("documents")) "a",
  toUInt64(sum("words")) "b",
  toUInt8(max("synthetic")) "synthetic_any"
from "document_meeting_totals"
where (
  "meeting_date" >= date '2014-01-01'
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
union all
select
  'r' "part",
  '' "meeting",
  '' "theme_id",
  toUInt64(toUInt32(min("meeting_date"))) "a",
  toUInt64(toUInt32(max("meeting_date"))) "b",
  toUInt8(count() > 0) "synthetic_any"
from "document_meeting_totals"
where (
  "meeting_date" >= date '2014-01-01'
  and "meeting_date" <= date '2016-06-30'
  and "series" in ('ADMM')
  and "host_country" in (
    'LA', 'MY'
  )
  and "kind" in (
    'joint-declaration', 'speech'
  )
  and "date_precision" <> 'year'
)
union all
select
  'a' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-Q', toString(toQuarter("meeting_date")))) "meeting",
  '' "theme_id",
  toUInt64(sum("mentions")) "a",
  toUInt64(0) "b",
  toUInt8(0) "synthetic_any"
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

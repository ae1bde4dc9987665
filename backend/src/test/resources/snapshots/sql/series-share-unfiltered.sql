select
  't' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-', leftPad(toString(toMonth("meeting_date")), 2, '0'))) "meeting",
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
)
group by
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-', leftPad(toString(toMonth("meeting_date")), 2, '0'))),
  "theme"
union all
select
  'd' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-', leftPad(toString(toMonth("meeting_date")), 2, '0'))) "meeting",
  '' "theme_id",
  toUInt64(sum("documents")) "a",
  toUInt64(sum("words")) "b",
  toUInt8(max("synthetic")) "synthetic_any"
from "document_meeting_totals"
group by if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-', leftPad(toString(toMonth("meeting_date")), 2, '0')))
union all
select
  'r' "part",
  '' "meeting",
  '' "theme_id",
  toUInt64(toUInt32(min("meeting_date"))) "a",
  toUInt64(toUInt32(max("meeting_date"))) "b",
  toUInt8(count() > 0) "synthetic_any"
from "document_meeting_totals"
where "date_precision" <> 'year'
union all
select
  'a' "part",
  if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-', leftPad(toString(toMonth("meeting_date")), 2, '0'))) "meeting",
  '' "theme_id",
  toUInt64(sum("mentions")) "a",
  toUInt64(0) "b",
  toUInt8(0) "synthetic_any"
from "theme_meeting_counts"
where "generation" = 3
group by if("date_precision" = 'year', "meeting_id", concat(toString(toYear("meeting_date")), '-', leftPad(toString(toMonth("meeting_date")), 2, '0')))

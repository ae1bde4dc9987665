select
  't' "part",
  "meeting_id" "meeting",
  "theme" "theme_id",
  toUInt64(sum("mentions")) "a",
  toUInt64(sum("documents")) "b",
  toUInt8(0) "synthetic_any",
  CAST(NULL AS Nullable(UInt32)) "first_day",
  CAST(NULL AS Nullable(UInt32)) "last_day"
from "theme_meeting_counts"
where (
  "generation" = 3
  and "theme" in (
    'arms-race', 'unity'
  )
)
group by "meeting_id", "theme"
union all
select
  'd' "part",
  "meeting_id" "meeting",
  '' "theme_id",
  toUInt64(sum("documents")) "a",
  toUInt64(sum("words")) "b",
  toUInt8(max("synthetic")) "synthetic_any",
  toUInt32(minOrNull("meeting_date")) "first_day",
  toUInt32(maxOrNull("meeting_date")) "last_day"
from "document_meeting_totals"
group by "meeting_id"

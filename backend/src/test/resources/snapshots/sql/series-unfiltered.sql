select
  'c' "part",
  "meeting_id" "meeting",
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
)
group by "meeting_id", "theme"

select
  'c' "part",
  "meeting_id" "meeting",
  "theme" "theme_id",
  toUInt64(sum("mentions")) "a",
  toUInt64(sum("documents")) "b",
  toUInt64(sum("words")) "words",
  toUInt8(max("synthetic")) "synthetic_any",
  toUInt32(minOrNull("meeting_date")) "first_day",
  toUInt32(maxOrNull("meeting_date")) "last_day"
from "theme_meeting_counts"
where (
  "generation" = 3
  and "theme" in (
    '', 'arms-race', 'unity'
  )
)
group by "meeting_id", "theme"

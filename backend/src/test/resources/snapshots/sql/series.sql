select
  't' "part",
  "meeting_id" "meeting",
  "theme" "theme_id",
  toUInt64(sum("mentions")) "a",
  toUInt64(uniqExactMerge("documents")) "b",
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
group by "meeting_id", "theme"
union all
select
  'd' "part",
  "meeting_id" "meeting",
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
group by "meeting_id"

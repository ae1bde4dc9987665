select
  't' "part",
  "host_country" "host",
  "theme" "theme_id",
  toUInt64(sum("mentions")) "a",
  toUInt64(0) "b"
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
group by "host_country", "theme"
union all
select
  'd' "part",
  "host_country" "host",
  toString(toUInt8(max("synthetic"))) "theme_id",
  toUInt64(sum("documents")) "a",
  toUInt64(sum("words")) "b"
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
group by "host_country"

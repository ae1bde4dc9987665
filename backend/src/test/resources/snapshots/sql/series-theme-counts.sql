select
  "meeting_id",
  "theme",
  cast(
    count(*)
    as Nullable(bigint)
  ) "mentions",
  cast(
    count(distinct "document_id")
    as Nullable(bigint)
  ) "documents"
from "mentions"
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
order by "meeting_id", "theme"

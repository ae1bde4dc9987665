select
  "host_country",
  "theme",
  cast(
    count(*)
    as Nullable(bigint)
  ) "mentions"
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
group by "host_country", "theme"
order by "host_country", "theme"

select
  "meeting_id",
  cast(
    count(distinct "id")
    as Nullable(bigint)
  ) "documents",
  cast(
    sum("words")
    as Nullable(bigint)
  ) "words",
  max("synthetic") "synthetic"
from "documents"
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
order by "meeting_id"

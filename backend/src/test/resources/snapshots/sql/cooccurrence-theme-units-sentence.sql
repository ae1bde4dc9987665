select
  "theme",
  uniqExact("document_id", "sentence_start") "units"
from "mentions"
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
group by "theme"
order by "theme"

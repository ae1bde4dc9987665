select
  uniqExact("document_id", "sentence_start") "units",
  max("synthetic") "synthetic"
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

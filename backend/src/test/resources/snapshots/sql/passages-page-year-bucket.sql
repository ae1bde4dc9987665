select
  "meeting_date",
  "document_id",
  "start",
  "end",
  "theme",
  "term",
  "sentence",
  "sentence_start",
  "meeting_id",
  "synthetic",
  "page"
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
  and "meeting_date" between date '2015-01-01' and date '2015-12-31'
)
order by "meeting_date" desc, "document_id" asc, "start" asc, "theme" asc
limit 51

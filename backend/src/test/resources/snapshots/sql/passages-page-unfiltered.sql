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
)
order by "meeting_date" desc, "document_id" asc, "start" asc, "theme" asc
limit 51

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
  and (
    "meeting_date" < date '2015-05-20'
    or (
      "meeting_date" = date '2015-05-20'
      and "document_id" > 'doc-00000000000000000001'
    )
    or (
      "meeting_date" = date '2015-05-20'
      and "document_id" = 'doc-00000000000000000001'
      and "start" > 120
    )
    or (
      "meeting_date" = date '2015-05-20'
      and "document_id" = 'doc-00000000000000000001'
      and "start" = 120
      and "theme" > 'arms-race'
    )
  )
)
order by "meeting_date" desc, "document_id" asc, "start" asc, "theme" asc
limit 51

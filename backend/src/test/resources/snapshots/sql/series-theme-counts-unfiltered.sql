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
)
group by "meeting_id", "theme"
order by "meeting_id", "theme"

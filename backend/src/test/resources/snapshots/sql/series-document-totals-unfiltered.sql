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
group by "meeting_id"
order by "meeting_id"

select
  "meeting_id",
  cast(
    count(*)
    as Nullable(bigint)
  ) "mentions"
from "mentions"
where "generation" = 3
group by "meeting_id"
order by "meeting_id"

select
  "host_country",
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
group by "host_country"
order by "host_country"

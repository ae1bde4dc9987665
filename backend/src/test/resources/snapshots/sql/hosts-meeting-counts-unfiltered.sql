select
  "host_country",
  cast(
    count(distinct "id")
    as Nullable(bigint)
  ) "meetings"
from "meetings"
group by "host_country"
order by "host_country"

select
  "host_country",
  cast(
    count(distinct "id")
    as Nullable(bigint)
  ) "meetings"
from "meetings"
where (
  "date" >= date '2014-01-01'
  and "date" <= date '2016-06-30'
  and "series" in ('ADMM')
  and "host_country" in (
    'LA', 'MY'
  )
)
group by "host_country"
order by "host_country"

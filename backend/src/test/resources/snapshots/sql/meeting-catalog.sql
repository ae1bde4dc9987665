select
  "m"."id",
  "m"."series",
  "m"."number",
  "m"."date",
  "m"."date_precision",
  "m"."host_country",
  "m"."host_city"
from (
  select
    "id",
    argMax("series", "updated_at") "series",
    argMax("number", "updated_at") "number",
    argMax("date", "updated_at") "date",
    argMax("date_precision", "updated_at") "date_precision",
    argMax("host_country", "updated_at") "host_country",
    argMax("host_city", "updated_at") "host_city"
  from "meetings"
  group by "id"
) "m"
where (
  "date" >= date '2014-01-01'
  and "date" <= date '2016-06-30'
  and "series" in ('ADMM')
  and "host_country" in (
    'LA', 'MY'
  )
)
order by "id"

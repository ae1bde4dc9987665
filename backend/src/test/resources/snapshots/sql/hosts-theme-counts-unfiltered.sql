select
  "host_country",
  "theme",
  cast(
    count(*)
    as Nullable(bigint)
  ) "mentions"
from "mentions"
where (
  "generation" = 3
  and "theme" in (
    'arms-race', 'unity'
  )
)
group by "host_country", "theme"
order by "host_country", "theme"

select
  pair.1 "a",
  pair.2 "b",
  cast(
    count(*)
    as Nullable(bigint)
  ) "units"
from (
  select arrayJoin(arrayFilter(p -> p.1 < p.2, arrayFlatten(arrayMap(x -> arrayMap(y -> (x, y), ts), ts)))) "pair"
  from (
    select groupUniqArray("theme") "ts"
    from "mentions"
    where "generation" = 3
    group by "document_id"
  ) "u"
) "p"
group by "a", "b"
order by "a", "b"

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
    where (
      "generation" = 3
      and "meeting_date" >= date '2014-01-01'
      and "meeting_date" <= date '2016-06-30'
      and "series" in ('ADMM')
      and "host_country" in (
        'LA', 'MY'
      )
      and "kind" in (
        'joint-declaration', 'speech'
      )
    )
    group by "document_id", "sentence_start"
  ) "u"
) "p"
group by "a", "b"
order by "a", "b"

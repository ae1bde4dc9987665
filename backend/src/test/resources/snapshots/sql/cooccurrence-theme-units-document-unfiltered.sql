select
  "theme",
  uniqExact("document_id") "units"
from "mentions"
where "generation" = 3
group by "theme"
order by "theme"

select
  uniqExact("document_id") "units",
  max("synthetic") "synthetic"
from "mentions"
where "generation" = 3

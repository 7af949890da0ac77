-- Names as the ear hears them, for typo-tolerant matching of surnames: chronicle_fold() and then э as е
-- and no hard or soft signs, since the press and readers write Дэйнс / Дейнс, Ландау / Ландао freely.
-- Query and index must use this same function.
CREATE OR REPLACE FUNCTION chronicle_name_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(chronicle_fold($1), 'эъь', 'е');

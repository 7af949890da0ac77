-- Nested systematic samples as lexemes of both vectors: '#s2' in every article whose id is a multiple
-- of 2, '#s4' for multiples of 4, … '#s256' (no text yields them: the parser never makes '#' part of a
-- word). A search asks the GIN index for its words AND one of them, so the index returns exactly that
-- sample of the matches (one in 2, 4, … 256) without reading any document.
CREATE OR REPLACE FUNCTION chronicle_search_samples(integer) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN array_to_tsvector(ARRAY(SELECT '#s' || m FROM unnest(ARRAY[2, 4, 8, 16, 32, 64, 128, 256]) AS m WHERE $1 % m = 0));

-- array_to_string is STABLE for arrays of any type (their output functions may read settings); over
-- text[] its result depends on nothing but the array, which a generated column needs said.
CREATE OR REPLACE FUNCTION chronicle_join_words(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN array_to_string($1, ' ');

-- Search's topic cards match the query against every topic's labels and phrasings. Folding and
-- stemming those on each query cost about 4 ms (38 topics); stored, the test is a few microseconds.
-- Generated, so an editor's change of labels or phrasings cannot leave it stale. Prisma knows the column
-- only as Unsupported("tsvector"), so the generation is hand SQL.

-- array_to_string is STABLE for arrays of any type (their output functions may read settings); over
-- text[] its result depends on nothing but the array, which a generated column needs said.
CREATE FUNCTION chronicle_join_words(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN array_to_string($1, ' ');

ALTER TABLE "Topic" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('russian', chronicle_fold("labelRu" || ' ' || "labelEn" || ' ' || coalesce(chronicle_join_words("phrasings"), '')))
) STORED;

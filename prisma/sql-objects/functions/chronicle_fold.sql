-- The one normal form for matching names and words: lowercase, accents off (unaccent's rules also map
-- ё to е and keep й), and the Kazakh letters the Russian press writes both ways (Тоқаев / Токаев).
-- Queries must fold the same way: to_tsquery('russian', chronicle_fold($1)), chronicle_fold(x) % ….
CREATE OR REPLACE FUNCTION chronicle_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(lower(chronicle_unaccent($1)), 'әғқңөұүһі', 'агкноуухи');

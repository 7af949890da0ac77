-- Snowball's Russian stemmer reads визит and визите as verb forms and cuts them to виз, the stem of
-- виза: a search for визы found every visit first, and a search for визит every visa. In a diplomatic
-- archive both words are everywhere. One function now makes every full-text vector, of articles, topics
-- and queries alike, and hands the stemmer those two forms as one it stems right (визита → визит), so
-- index and queries agree. Other words the stemmer cuts short in the seed and evaluation articles
-- (Астана → аста, Азия → аз) keep to their own forms, so they are left as they are.
-- The letters around the word are matched explicitly: what \m and \M count as a letter depends on the
-- database's locale.
CREATE OR REPLACE FUNCTION chronicle_tsvector(text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN to_tsvector('russian', regexp_replace(chronicle_fold($1), '(?<![a-zа-я0-9])визите?(?![a-zа-я0-9])', 'визита', 'g'));

-- unaccent() is only STABLE because its dictionary could be swapped; indexes and generated columns
-- need IMMUTABLE. Naming the schema-qualified dictionary pins it, which makes that promise hold.
CREATE OR REPLACE FUNCTION chronicle_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN public.unaccent('public.unaccent'::regdictionary, $1);

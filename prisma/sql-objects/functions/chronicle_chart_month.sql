-- The month the timeline's chart places a meeting in, or NULL when it cannot (no date, or only the year).
CREATE OR REPLACE FUNCTION chronicle_chart_month(d date, p "DatePrecision") RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN d IS NULL OR p = 'year' THEN NULL ELSE d - (extract(day FROM d)::int - 1) END;

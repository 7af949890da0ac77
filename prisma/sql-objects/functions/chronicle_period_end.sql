-- The last day a meeting's date can mean: the day itself, or the end of its month or year when only
-- those are known (the date column then holds their first day). NULL for an undated meeting.
CREATE OR REPLACE FUNCTION chronicle_period_end(d date, p "DatePrecision") RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE p WHEN 'year' THEN (d + interval '1 year' - interval '1 day')::date
                WHEN 'month' THEN (d + interval '1 month' - interval '1 day')::date
                ELSE d END;

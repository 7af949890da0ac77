-- Whether a held meeting can be the one a planned meeting announced (both dated; the shared participant
-- is the caller's join). Kinds in one family: an announced visit is reported as talks, a meeting or a
-- signing of that visit, but never as a call or a multilateral conference. The held date must fall in
-- the planned period (its day, month or year) widened by 14 days either side: announcements round
-- ("в начале марта", "на следующей неделе") and slip by days, and a visit's talks are reported on its
-- second or third day; wider windows start catching the next routine meeting of the same ministers,
-- who in this archive meet every few weeks at the busiest. (A string body, not RETURN: it names
-- chronicle_period_end, whose file is applied after this one. No enum-to-text cast: an I/O cast is not
-- immutable, so PostgreSQL would stop inlining the function and call it once per candidate pair, which
-- measured 2.2 s for an export batch of 1,000 meetings.)
CREATE OR REPLACE FUNCTION chronicle_follow_up_fits(
  planned_kind "MeetingKind", planned_date date, planned_precision "DatePrecision",
  held_kind "MeetingKind", held_date date
) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT (CASE planned_kind WHEN 'call' THEN 1 WHEN 'conference' THEN 2 ELSE 0 END)
       = (CASE held_kind WHEN 'call' THEN 1 WHEN 'conference' THEN 2 ELSE 0 END)
     AND held_date BETWEEN planned_date - 14 AND chronicle_period_end(planned_date, planned_precision) + 14
$$;

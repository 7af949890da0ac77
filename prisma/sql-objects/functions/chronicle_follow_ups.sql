-- Which held meeting confirmed which planned one, for the given meetings in either role: rows
-- (plannedId, heldId) where plannedId or heldId is one of `ids`. A planned meeting is confirmed by the
-- nearest-dated held meeting that shares a participant and fits (chronicle_follow_up_fits); a held
-- meeting lists every planned meeting it confirmed. Reads only the given meetings and the meetings of
-- their participants (the (officialId, meetingId) index), so a page asks about its 50 rows, never the
-- whole archive.
CREATE OR REPLACE FUNCTION chronicle_follow_ups(ids int[]) RETURNS TABLE ("plannedId" int, "heldId" int)
  LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  WITH given AS (
    SELECT m.id, m.kind, m.status, m.date FROM "Meeting" m WHERE m.id = ANY(ids) AND m.date IS NOT NULL
  ),
  -- The planned meetings in question: those given, and those a given held meeting may have confirmed.
  planned AS (
    SELECT g.id FROM given g WHERE g.status = 'planned'
    UNION
    -- Planned meetings dated near enough to fit (a planned period is at most a year, widened by 14 days
    -- either side), then those sharing a participant: through the participants first, a busy official's
    -- thousands of meetings were each looked up to find the few planned ones (2–3 times slower for a
    -- timeline page on the benchmark archive).
    SELECT p.id
      FROM given h
      JOIN "Meeting" p ON p.status = 'planned' AND p.date BETWEEN h.date - 380 AND h.date + 14
     WHERE h.status = 'held'
       AND chronicle_follow_up_fits(p.kind, p.date, p."datePrecision", h.kind, h.date)
       AND EXISTS (SELECT 1 FROM "MeetingParticipant" hp JOIN "MeetingParticipant" pp ON pp."officialId" = hp."officialId"
                   WHERE hp."meetingId" = h.id AND pp."meetingId" = p.id)
       AND chronicle_announced_by(p.id, h.date)
  ),
  -- Each one's best match among all held meetings, so both directions agree on the pairing.
  best AS (
    SELECT DISTINCT ON (p.id) p.id AS planned_id, h.id AS held_id
      FROM planned x
      JOIN "Meeting" p ON p.id = x.id
      JOIN "MeetingParticipant" pp ON pp."meetingId" = p.id
      JOIN "MeetingParticipant" hp ON hp."officialId" = pp."officialId"
      JOIN "Meeting" h ON h.id = hp."meetingId"
     WHERE h.status = 'held' AND h.date IS NOT NULL
       AND chronicle_follow_up_fits(p.kind, p.date, p."datePrecision", h.kind, h.date)
       AND chronicle_announced_by(p.id, h.date)
     ORDER BY p.id, abs(h.date - p.date), h.id
  )
  SELECT planned_id, held_id FROM best WHERE planned_id = ANY(ids) OR held_id = ANY(ids)
$$;

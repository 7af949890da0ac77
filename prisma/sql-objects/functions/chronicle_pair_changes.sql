-- How a write changed who met whom: for each pair of officials (a < b) at a meeting in the participant
-- rows before or after, the net change in meetings together, the latest date among the meetings the
-- pair gained, and whether it lost any (its latest date may then be gone, and is recounted).
CREATE OR REPLACE FUNCTION chronicle_pair_changes(before "MeetingParticipant"[], after "MeetingParticipant"[])
RETURNS TABLE ("a" int, "b" int, "meetings" int, "latest" date, "removed" boolean)
  LANGUAGE sql STABLE
AS $$
  SELECT x.a, x.b, sum(x.d)::int, max(m."date") FILTER (WHERE x.d > 0), bool_or(x.d < 0)
  FROM (
    SELECT y."meetingId", y.a, y.b, sum(y.d) AS d
    FROM (
      SELECT p."meetingId", p."officialId" AS a, q."officialId" AS b, -1 AS d
        FROM unnest(before) p JOIN unnest(before) q ON q."meetingId" = p."meetingId" AND q."officialId" > p."officialId"
      UNION ALL
      SELECT p."meetingId", p."officialId", q."officialId", 1
        FROM unnest(after) p JOIN unnest(after) q ON q."meetingId" = p."meetingId" AND q."officialId" > p."officialId"
    ) y
    GROUP BY 1, 2, 3 HAVING sum(y.d) <> 0
  ) x
  JOIN "Meeting" m ON m."id" = x."meetingId"
  GROUP BY x.a, x.b
$$;

-- A country counts a meeting once however many of its people took part, so the change per country is
-- the number of meetings that gained or lost their first participant of it. Two writers adding people of
-- one country to one meeting would each see only their own row and both count it: the meetings are
-- locked first, and the participants counted after (a new snapshot), so the second sees the first's row.
CREATE OR REPLACE FUNCTION chronicle_count_participants() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "MeetingParticipant"[] := '{}';
  removed_rows "MeetingParticipant"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  -- Joined to the official: one deleted in this statement takes its count row with it.
  INSERT INTO "OfficialMeetingCount" AS c ("officialId", "meetings")
  SELECT x."officialId", sum(x.d)
  FROM (SELECT "officialId", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "officialId", -1 FROM unnest(removed_rows)) x
  JOIN "Official" o ON o."id" = x."officialId"
  GROUP BY 1 HAVING sum(x.d) <> 0 ORDER BY 1
  ON CONFLICT ("officialId") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";

  PERFORM 1 FROM "Meeting" m
  WHERE m."id" IN (
    SELECT x."meetingId"
    FROM (SELECT "meetingId", "countryCode", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "meetingId", "countryCode", -1 FROM unnest(removed_rows)) x
    WHERE x."countryCode" IS NOT NULL GROUP BY x."meetingId", x."countryCode" HAVING sum(x.d) <> 0)
  ORDER BY m."id" FOR NO KEY UPDATE;
  INSERT INTO "CountryMeetingCount" AS c ("countryCode", "meetings")
  SELECT p."countryCode", sum((now.n > 0)::int - (now.n - p.d > 0)::int)
  FROM (
    SELECT x."meetingId", x."countryCode", sum(x.d) AS d
    FROM (SELECT "meetingId", "countryCode", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "meetingId", "countryCode", -1 FROM unnest(removed_rows)) x
    WHERE x."countryCode" IS NOT NULL GROUP BY 1, 2 HAVING sum(x.d) <> 0
  ) p
  CROSS JOIN LATERAL (
    SELECT count(*) AS n FROM "MeetingParticipant" mp WHERE mp."meetingId" = p."meetingId" AND mp."countryCode" = p."countryCode"
  ) now
  JOIN "Country" ct ON ct."code" = p."countryCode"
  GROUP BY 1 HAVING sum((now.n > 0)::int - (now.n - p.d > 0)::int) <> 0 ORDER BY 1
  ON CONFLICT ("countryCode") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  RETURN NULL;
END $$;

-- A country counts a meeting once however many of its people took part, so the change per country is
-- the number of meetings that gained or lost their first participant of it. Two writers adding people of
-- one country to one meeting would each see only their own row and both count it: the meetings are
-- locked first, and the participants counted after (a new snapshot), so the second sees the first's row.
-- The same lock orders the level and pair counts, which compare each touched meeting's participants
-- before the statement (the rows now, less those added, plus those removed) with its participants now.
CREATE OR REPLACE FUNCTION chronicle_count_participants() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "MeetingParticipant"[] := '{}';
  removed_rows "MeetingParticipant"[] := '{}';
  touched int[];
  before_rows "MeetingParticipant"[];
  after_rows "MeetingParticipant"[];
  recount_a int[];
  recount_b int[];
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

  -- The meetings whose participants changed in a counted column; an update of anything else locks nothing.
  SELECT coalesce(array_agg(DISTINCT y."meetingId" ORDER BY y."meetingId"), '{}') INTO touched
  FROM (
    SELECT x."meetingId"
    FROM (SELECT "meetingId", "officialId", "countryCode", "title", "positionId", 1 AS d FROM unnest(added_rows)
          UNION ALL SELECT "meetingId", "officialId", "countryCode", "title", "positionId", -1 FROM unnest(removed_rows)) x
    GROUP BY x."meetingId", x."officialId", x."countryCode", x."title", x."positionId" HAVING sum(x.d) <> 0
  ) y;
  IF touched = '{}' THEN RETURN NULL; END IF;
  PERFORM 1 FROM "Meeting" m WHERE m."id" = ANY(touched) ORDER BY m."id" FOR NO KEY UPDATE;

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

  SELECT coalesce(array_agg(mp), '{}') INTO after_rows FROM "MeetingParticipant" mp WHERE mp."meetingId" = ANY(touched);
  SELECT coalesce(array_agg(x.p), '{}') INTO before_rows
  FROM (
    SELECT n AS p FROM unnest(after_rows) n
    WHERE NOT EXISTS (SELECT 1 FROM unnest(added_rows) a WHERE a."meetingId" = n."meetingId" AND a."officialId" = n."officialId")
    UNION ALL
    SELECT r FROM unnest(removed_rows) r
  ) x;

  INSERT INTO "YearMeetingCount" AS c ("year", "kind", "status", "level", "meetings")
  SELECT extract(year FROM m."date")::int, m."kind", m."status", x."level", sum(x.d)
  FROM (SELECT "meetingId", "level", -1 AS d FROM chronicle_meeting_levels(touched, before_rows)
        UNION ALL SELECT "meetingId", "level", 1 FROM chronicle_meeting_levels(touched, after_rows)) x
  JOIN "Meeting" m ON m."id" = x."meetingId"
  WHERE m."date" IS NOT NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("year", "kind", "status", "level") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";

  -- Pairs that only gained meetings take the delta; those that lost one are recounted.
  INSERT INTO "OfficialPairCount" AS c ("a", "b", "meetings", "latest")
  SELECT x."a", x."b", x."meetings", x."latest"
  FROM chronicle_pair_changes(before_rows, after_rows) x
  JOIN "Official" oa ON oa."id" = x."a"
  JOIN "Official" ob ON ob."id" = x."b"
  WHERE NOT x."removed"
  ORDER BY 1, 2
  ON CONFLICT ("a", "b") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings", "latest" = greatest(c."latest", excluded."latest");
  SELECT array_agg(x."a"), array_agg(x."b") INTO recount_a, recount_b FROM chronicle_pair_changes(before_rows, after_rows) x WHERE x."removed";
  PERFORM chronicle_recount_pairs(recount_a, recount_b);
  RETURN NULL;
END $$;

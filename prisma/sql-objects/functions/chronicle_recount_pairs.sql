-- Sets the stored count and latest date of the given pairs of officials (as[i] < bs[i]) to a count from
-- the participant rows: for pairs that lost a meeting or whose meeting changed its date, whose latest
-- date a delta cannot tell. The pairs' rows are locked first and counted by the next statement, which
-- sees what a concurrent writer of the same pair committed meanwhile (writers queue on the pair's row).
CREATE OR REPLACE FUNCTION chronicle_recount_pairs("as" int[], bs int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality("as"), 0) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM "OfficialPairCount" c
  WHERE (c."a", c."b") IN (SELECT * FROM unnest("as", bs))
  ORDER BY c."a", c."b" FOR UPDATE;
  INSERT INTO "OfficialPairCount" AS c ("a", "b", "meetings", "latest")
  SELECT x.a, x.b, n.meetings, n.latest
  FROM (SELECT DISTINCT * FROM unnest("as", bs) AS u(a, b)) x
  JOIN "Official" oa ON oa."id" = x.a
  JOIN "Official" ob ON ob."id" = x.b
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS meetings, max(m."date") AS latest
    FROM "MeetingParticipant" p
    JOIN "MeetingParticipant" q ON q."meetingId" = p."meetingId" AND q."officialId" = x.b
    JOIN "Meeting" m ON m."id" = p."meetingId"
    WHERE p."officialId" = x.a
  ) n
  ORDER BY 1, 2
  ON CONFLICT ("a", "b") DO UPDATE SET "meetings" = excluded."meetings", "latest" = excluded."latest";
END $$;

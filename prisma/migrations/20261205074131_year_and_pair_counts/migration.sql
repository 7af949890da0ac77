-- CreateTable
CREATE TABLE "YearMeetingCount" (
    "year" INTEGER NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "level" TEXT NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "YearMeetingCount_pkey" PRIMARY KEY ("year","kind","status","level")
);

-- CreateTable
CREATE TABLE "YearTopicCount" (
    "year" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "YearTopicCount_pkey" PRIMARY KEY ("year","topicId")
);

-- CreateTable
CREATE TABLE "OfficialPairCount" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "meetings" INTEGER NOT NULL,
    "latest" DATE,

    CONSTRAINT "OfficialPairCount_pkey" PRIMARY KEY ("a","b")
);

-- CreateIndex
CREATE INDEX "OfficialPairCount_b_idx" ON "OfficialPairCount"("b");

-- AddForeignKey
ALTER TABLE "YearTopicCount" ADD CONSTRAINT "YearTopicCount_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialPairCount" ADD CONSTRAINT "OfficialPairCount_a_fkey" FOREIGN KEY ("a") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialPairCount" ADD CONSTRAINT "OfficialPairCount_b_fkey" FOREIGN KEY ("b") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: the counts of what is already stored (the triggers that keep them are in
-- prisma/sql-objects, applied after the migrations). A meeting's level is the highest of its
-- participants' posts (chronicle_post_level, in its rank order; 'other' with no one named). On a new
-- database the tables are empty and the function is not there yet.
DO $$
BEGIN
  IF to_regproc('chronicle_post_level') IS NULL THEN RETURN; END IF;
  INSERT INTO "YearMeetingCount" ("year", "kind", "status", "level", "meetings")
  SELECT extract(year FROM m."date")::int, m."kind", m."status", coalesce(l."level", 'other'), count(*)::int
  FROM "Meeting" m
  LEFT JOIN (
    SELECT mp."meetingId", (ARRAY['head', 'minister', 'parliament', 'ambassador', 'other'])[min(array_position(
             ARRAY['head', 'minister', 'parliament', 'ambassador', 'other'], chronicle_post_level(coalesce(mp."title", pos."title"))))] AS "level"
    FROM "MeetingParticipant" mp LEFT JOIN "Position" pos ON pos."id" = mp."positionId"
    GROUP BY mp."meetingId"
  ) l ON l."meetingId" = m."id"
  WHERE m."date" IS NOT NULL
  GROUP BY 1, 2, 3, 4;
END $$;

INSERT INTO "YearTopicCount" ("year", "topicId", "meetings")
SELECT extract(year FROM m."date")::int, mt."topicId", count(*)::int
FROM "MeetingTopic" mt JOIN "Meeting" m ON m."id" = mt."meetingId"
WHERE m."date" IS NOT NULL
GROUP BY 1, 2;

INSERT INTO "OfficialPairCount" ("a", "b", "meetings", "latest")
SELECT p."officialId", q."officialId", count(*)::int, max(m."date")
FROM "MeetingParticipant" p
JOIN "MeetingParticipant" q ON q."meetingId" = p."meetingId" AND q."officialId" > p."officialId"
JOIN "Meeting" m ON m."id" = p."meetingId"
GROUP BY 1, 2;

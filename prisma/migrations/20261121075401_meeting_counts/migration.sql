-- Counts over the whole archive for the timeline's unfiltered facets, month chart and total, /officials and
-- /topics: aggregating every meeting, participant and topic link per request cost 100-200 ms each at
-- 30,000 meetings; these tables hold a few hundred rows. Tables from schema.prisma; triggers by hand below.
-- CreateTable
CREATE TABLE "MeetingCount" (
    "kind" "MeetingKind" NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "MeetingCount_pkey" PRIMARY KEY ("kind","status")
);

-- CreateTable
CREATE TABLE "MonthMeetingCount" (
    "month" DATE NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "MonthMeetingCount_pkey" PRIMARY KEY ("month","kind","status")
);

-- CreateTable
CREATE TABLE "OfficialMeetingCount" (
    "officialId" INTEGER NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "OfficialMeetingCount_pkey" PRIMARY KEY ("officialId")
);

-- CreateTable
CREATE TABLE "CountryMeetingCount" (
    "countryCode" VARCHAR(2) NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "CountryMeetingCount_pkey" PRIMARY KEY ("countryCode")
);

-- CreateTable
CREATE TABLE "TopicMeetingCount" (
    "topicId" INTEGER NOT NULL,
    "meetings" INTEGER NOT NULL,

    CONSTRAINT "TopicMeetingCount_pkey" PRIMARY KEY ("topicId")
);

-- CreateTable
CREATE TABLE "TopicArticleCount" (
    "topicId" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "TopicArticleCount_pkey" PRIMARY KEY ("topicId")
);

-- AddForeignKey
ALTER TABLE "OfficialMeetingCount" ADD CONSTRAINT "OfficialMeetingCount_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryMeetingCount" ADD CONSTRAINT "CountryMeetingCount_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicMeetingCount" ADD CONSTRAINT "TopicMeetingCount_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicArticleCount" ADD CONSTRAINT "TopicArticleCount_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: the triggers that keep the counts exact, and the counts of what is already stored.
-- Each trigger runs once per statement over its transition tables (rows added, rows removed; an UPDATE
-- is both), adds the net change per key in key order — so concurrent writers queue on a count row in
-- one order and never deadlock each other — and skips keys whose net change is zero, so updates that
-- leave the counted columns alone lock nothing. Counts are therefore as transactional as the rows they
-- count: a rolled-back import leaves them untouched, a committed one is in them at once.

-- The month the timeline's chart places a meeting in, or NULL when it cannot (no date, or only the year).
CREATE FUNCTION chronicle_chart_month(d date, p "DatePrecision") RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN d IS NULL OR p = 'year' THEN NULL ELSE d - (extract(day FROM d)::int - 1) END;

CREATE FUNCTION chronicle_count_meetings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "Meeting"[] := '{}';
  removed_rows "Meeting"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  INSERT INTO "MeetingCount" AS c ("kind", "status", "meetings")
  SELECT x."kind", x."status", sum(x.d)
  FROM (SELECT "kind", "status", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "kind", "status", -1 FROM unnest(removed_rows)) x
  GROUP BY 1, 2 HAVING sum(x.d) <> 0 ORDER BY 1, 2
  ON CONFLICT ("kind", "status") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  INSERT INTO "MonthMeetingCount" AS c ("month", "kind", "status", "meetings")
  SELECT x."month", x."kind", x."status", sum(x.d)
  FROM (SELECT chronicle_chart_month("date", "datePrecision") AS "month", "kind", "status", 1 AS d FROM unnest(added_rows)
        UNION ALL SELECT chronicle_chart_month("date", "datePrecision"), "kind", "status", -1 FROM unnest(removed_rows)) x
  WHERE x."month" IS NOT NULL
  GROUP BY 1, 2, 3 HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("month", "kind", "status") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  RETURN NULL;
END $$;

-- A country counts a meeting once however many of its people took part, so the change per country is
-- the number of meetings that gained or lost their first participant of it. Two writers adding people of
-- one country to one meeting would each see only their own row and both count it: the meetings are
-- locked first, and the participants counted after (a new snapshot), so the second sees the first's row.
CREATE FUNCTION chronicle_count_participants() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE FUNCTION chronicle_count_meeting_topics() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "MeetingTopic"[] := '{}';
  removed_rows "MeetingTopic"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  INSERT INTO "TopicMeetingCount" AS c ("topicId", "meetings")
  SELECT x."topicId", sum(x.d)
  FROM (SELECT "topicId", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "topicId", -1 FROM unnest(removed_rows)) x
  JOIN "Topic" t ON t."id" = x."topicId"
  GROUP BY 1 HAVING sum(x.d) <> 0 ORDER BY 1
  ON CONFLICT ("topicId") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  RETURN NULL;
END $$;

CREATE FUNCTION chronicle_count_article_topics() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "ArticleTopic"[] := '{}';
  removed_rows "ArticleTopic"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  INSERT INTO "TopicArticleCount" AS c ("topicId", "articles")
  SELECT x."topicId", sum(x.d)
  FROM (SELECT "topicId", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "topicId", -1 FROM unnest(removed_rows)) x
  JOIN "Topic" t ON t."id" = x."topicId"
  GROUP BY 1 HAVING sum(x.d) <> 0 ORDER BY 1
  ON CONFLICT ("topicId") DO UPDATE SET "articles" = c."articles" + excluded."articles";
  RETURN NULL;
END $$;

-- TRUNCATE fires no row or statement DELETE triggers: empty the counts of what was emptied.
CREATE FUNCTION chronicle_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'Meeting' THEN DELETE FROM "MeetingCount"; DELETE FROM "MonthMeetingCount";
    WHEN 'MeetingParticipant' THEN DELETE FROM "OfficialMeetingCount"; DELETE FROM "CountryMeetingCount";
    WHEN 'MeetingTopic' THEN DELETE FROM "TopicMeetingCount";
    WHEN 'ArticleTopic' THEN DELETE FROM "TopicArticleCount";
  END CASE;
  RETURN NULL;
END $$;

CREATE TRIGGER "Meeting_count_insert" AFTER INSERT ON "Meeting"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meetings();
CREATE TRIGGER "Meeting_count_delete" AFTER DELETE ON "Meeting"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meetings();
CREATE TRIGGER "Meeting_count_update" AFTER UPDATE ON "Meeting"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meetings();
CREATE TRIGGER "Meeting_count_truncate" AFTER TRUNCATE ON "Meeting"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();

CREATE TRIGGER "MeetingParticipant_count_insert" AFTER INSERT ON "MeetingParticipant"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_participants();
CREATE TRIGGER "MeetingParticipant_count_delete" AFTER DELETE ON "MeetingParticipant"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_participants();
CREATE TRIGGER "MeetingParticipant_count_update" AFTER UPDATE ON "MeetingParticipant"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_participants();
CREATE TRIGGER "MeetingParticipant_count_truncate" AFTER TRUNCATE ON "MeetingParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();

CREATE TRIGGER "MeetingTopic_count_insert" AFTER INSERT ON "MeetingTopic"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meeting_topics();
CREATE TRIGGER "MeetingTopic_count_delete" AFTER DELETE ON "MeetingTopic"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meeting_topics();
CREATE TRIGGER "MeetingTopic_count_update" AFTER UPDATE ON "MeetingTopic"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meeting_topics();
CREATE TRIGGER "MeetingTopic_count_truncate" AFTER TRUNCATE ON "MeetingTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();

CREATE TRIGGER "ArticleTopic_count_insert" AFTER INSERT ON "ArticleTopic"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_article_topics();
CREATE TRIGGER "ArticleTopic_count_delete" AFTER DELETE ON "ArticleTopic"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_article_topics();
CREATE TRIGGER "ArticleTopic_count_update" AFTER UPDATE ON "ArticleTopic"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_article_topics();
CREATE TRIGGER "ArticleTopic_count_truncate" AFTER TRUNCATE ON "ArticleTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();

-- What is already stored.
INSERT INTO "MeetingCount" ("kind", "status", "meetings")
SELECT "kind", "status", count(*) FROM "Meeting" GROUP BY 1, 2;
INSERT INTO "MonthMeetingCount" ("month", "kind", "status", "meetings")
SELECT chronicle_chart_month("date", "datePrecision"), "kind", "status", count(*) FROM "Meeting"
WHERE chronicle_chart_month("date", "datePrecision") IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO "OfficialMeetingCount" ("officialId", "meetings")
SELECT "officialId", count(*) FROM "MeetingParticipant" GROUP BY 1;
INSERT INTO "CountryMeetingCount" ("countryCode", "meetings")
SELECT "countryCode", count(DISTINCT "meetingId") FROM "MeetingParticipant" WHERE "countryCode" IS NOT NULL GROUP BY 1;
INSERT INTO "TopicMeetingCount" ("topicId", "meetings")
SELECT "topicId", count(*) FROM "MeetingTopic" GROUP BY 1;
INSERT INTO "TopicArticleCount" ("topicId", "articles")
SELECT "topicId", count(*) FROM "ArticleTopic" GROUP BY 1;

-- Statistics now: a never-analysed table is planned as thousands of rows, which priced the /topics query
-- high enough for JIT compilation (0.4 s per request) until autovacuum came by.
ANALYZE "MeetingCount", "MonthMeetingCount", "OfficialMeetingCount", "CountryMeetingCount", "TopicMeetingCount", "TopicArticleCount";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DateSource" AS ENUM ('header', 'weekday', 'dateline', 'explicit', 'relative', 'editor');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('meeting', 'talks', 'conference', 'visit', 'call', 'signing');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('held', 'planned');

-- CreateEnum
CREATE TYPE "FactKind" AS ENUM ('official', 'position', 'participant', 'kind', 'status', 'date', 'place', 'topic');

-- CreateEnum
CREATE TYPE "Origin" AS ENUM ('importer', 'editor');

-- CreateEnum
CREATE TYPE "ImportTrigger" AS ENUM ('cli', 'start', 'editor');

-- CreateEnum
CREATE TYPE "NameFormKind" AS ENUM ('case', 'variant', 'latin');

-- CreateTable
CREATE TABLE "Country" (
    "code" VARCHAR(2) NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT,
    "countryCode" VARCHAR(2),

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT,
    "countryCode" VARCHAR(2),

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "lead" TEXT,
    "body" TEXT NOT NULL,
    "publishedOn" DATE,
    "publishedOnSource" "DateSource",
    "datelinePlaceId" INTEGER,
    "sourceId" INTEGER,
    "photoCredit" TEXT,
    "rawText" TEXT NOT NULL,
    "contentHash" VARCHAR(64) NOT NULL,
    "fileName" TEXT,
    "searchNames" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector,
    "origin" "Origin" NOT NULL DEFAULT 'importer',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Official" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameLatin" TEXT,
    "matchKey" TEXT NOT NULL,
    "surname" TEXT NOT NULL,
    "countryCode" VARCHAR(2),
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "origin" "Origin" NOT NULL DEFAULT 'importer',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialName" (
    "id" SERIAL NOT NULL,
    "officialId" INTEGER NOT NULL,
    "form" TEXT NOT NULL,
    "kind" "NameFormKind" NOT NULL,

    CONSTRAINT "OfficialName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "officialId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "organisationId" INTEGER,
    "countryCode" VARCHAR(2),
    "firstSeen" DATE,
    "lastSeen" DATE,
    "origin" "Origin" NOT NULL DEFAULT 'importer',

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "dateSource" "DateSource",
    "placeId" INTEGER,
    "summary" TEXT,
    "outcomes" TEXT,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "origin" "Origin" NOT NULL DEFAULT 'importer',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "meetingId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "positionId" INTEGER,
    "countryCode" VARCHAR(2),
    "origin" "Origin" NOT NULL DEFAULT 'importer',

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("meetingId","officialId")
);

-- CreateTable
CREATE TABLE "MeetingSource" (
    "meetingId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,

    CONSTRAINT "MeetingSource_pkey" PRIMARY KEY ("meetingId","articleId")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "phrasings" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTopic" (
    "meetingId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'importer',

    CONSTRAINT "MeetingTopic_pkey" PRIMARY KEY ("meetingId","topicId")
);

-- CreateTable
CREATE TABLE "ArticleTopic" (
    "articleId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ArticleTopic_pkey" PRIMARY KEY ("articleId","topicId")
);

-- CreateTable
CREATE TABLE "ArticleOfficial" (
    "articleId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,
    "mentions" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ArticleOfficial_pkey" PRIMARY KEY ("articleId","officialId")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "fact" "FactKind" NOT NULL,
    "articleId" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "officialId" INTEGER,
    "topicId" INTEGER,
    "sentence" TEXT NOT NULL,
    "paragraph" INTEGER NOT NULL,
    "offset" INTEGER NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'importer',
    "editorId" INTEGER,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Editor" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Editor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" VARCHAR(64) NOT NULL,
    "editorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "editorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "trigger" "ImportTrigger" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_nameRu_key" ON "Place"("nameRu");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_nameRu_key" ON "Organisation"("nameRu");

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Article_fileName_key" ON "Article"("fileName");

-- CreateIndex
CREATE INDEX "Article_publishedOn_idx" ON "Article"("publishedOn");

-- CreateIndex
CREATE INDEX "Article_sourceId_idx" ON "Article"("sourceId");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Official_slug_key" ON "Official"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Official_nameRu_key" ON "Official"("nameRu");

-- CreateIndex
CREATE UNIQUE INDEX "Official_matchKey_key" ON "Official"("matchKey");

-- CreateIndex
CREATE INDEX "Official_surname_idx" ON "Official"("surname");

-- CreateIndex
CREATE INDEX "Official_countryCode_idx" ON "Official"("countryCode");

-- CreateIndex
CREATE INDEX "OfficialName_form_idx" ON "OfficialName"("form");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialName_officialId_form_key" ON "OfficialName"("officialId", "form");

-- CreateIndex
CREATE UNIQUE INDEX "Position_officialId_titleKey_key" ON "Position"("officialId", "titleKey");

-- CreateIndex
CREATE INDEX "Meeting_date_id_idx" ON "Meeting"("date" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Meeting_status_date_idx" ON "Meeting"("status", "date");

-- CreateIndex
CREATE INDEX "Meeting_kind_date_idx" ON "Meeting"("kind", "date");

-- CreateIndex
CREATE INDEX "Meeting_placeId_idx" ON "Meeting"("placeId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_officialId_meetingId_idx" ON "MeetingParticipant"("officialId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_countryCode_idx" ON "MeetingParticipant"("countryCode");

-- CreateIndex
CREATE INDEX "MeetingSource_articleId_idx" ON "MeetingSource"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "MeetingTopic_topicId_idx" ON "MeetingTopic"("topicId");

-- CreateIndex
CREATE INDEX "ArticleTopic_topicId_idx" ON "ArticleTopic"("topicId");

-- CreateIndex
CREATE INDEX "ArticleOfficial_officialId_idx" ON "ArticleOfficial"("officialId");

-- CreateIndex
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");

-- CreateIndex
CREATE INDEX "Evidence_meetingId_idx" ON "Evidence"("meetingId");

-- CreateIndex
CREATE INDEX "Evidence_officialId_idx" ON "Evidence"("officialId");

-- CreateIndex
CREATE INDEX "Evidence_topicId_idx" ON "Evidence"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Editor_email_key" ON "Editor"("email");

-- CreateIndex
CREATE INDEX "Session_editorId_idx" ON "Session"("editorId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_at_idx" ON "AuditLog"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "ImportRun_startedAt_idx" ON "ImportRun"("startedAt");

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_datelinePlaceId_fkey" FOREIGN KEY ("datelinePlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialName" ADD CONSTRAINT "OfficialName_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTopic" ADD CONSTRAINT "ArticleTopic_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTopic" ADD CONSTRAINT "ArticleTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleOfficial" ADD CONSTRAINT "ArticleOfficial_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleOfficial" ADD CONSTRAINT "ArticleOfficial_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- =====================================================================================================
-- Written by hand: what Prisma's schema language cannot express. Later migrations are diffed between
-- schema snapshots, never against a database, so they neither see nor undo anything below.
-- =====================================================================================================

-- Accent folding and trigram similarity, for searching names however they are spelled.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE because its dictionary could be swapped; indexes and generated columns
-- need IMMUTABLE. Naming the schema-qualified dictionary pins it, which makes that promise hold.
CREATE FUNCTION chronicle_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- The one normal form for matching names and words: lowercase, accents off (unaccent's rules also map
-- ё to е and keep й), and the Kazakh letters the Russian press writes both ways (Тоқаев / Токаев).
-- Queries must fold the same way: to_tsquery('russian', chronicle_fold($1)), chronicle_fold(x) % ….
CREATE FUNCTION chronicle_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(lower(chronicle_unaccent($1)), 'әғқңөұүһі', 'агкноуухи');

-- Full-text search: the title and every case form of the officials' names weigh most, then the lead,
-- then the body. Generated, so no writer can forget to refresh it. Prisma created the column as a plain
-- tsvector (and its GIN index, which goes with it); re-create both.
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('russian', chronicle_fold("title")), 'A') ||
  setweight(to_tsvector('russian', chronicle_fold("searchNames")), 'A') ||
  setweight(to_tsvector('russian', chronicle_fold(coalesce("lead", ''))), 'B') ||
  setweight(to_tsvector('russian', chronicle_fold("body")), 'C')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- Latin and misspelt names (Kosherbayev, Tleuberdi) find officials by trigram similarity.
CREATE INDEX "OfficialName_form_trgm_idx" ON "OfficialName" USING GIN (chronicle_fold("form") gin_trgm_ops);
CREATE INDEX "Official_nameRu_trgm_idx" ON "Official" USING GIN (chronicle_fold("nameRu") gin_trgm_ops);
CREATE INDEX "Official_nameLatin_trgm_idx" ON "Official" USING GIN (chronicle_fold("nameLatin") gin_trgm_ops);

-- Rules the data must keep whoever writes it (importer, editors, SQL by hand).
-- "Trimmed text": not empty, no leading or trailing whitespace.
ALTER TABLE "Country"
  ADD CONSTRAINT "Country_code_check" CHECK ("code" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Country_nameRu_check" CHECK ("nameRu" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Country_nameEn_check" CHECK ("nameEn" ~ '^\S(.*\S)?$');

ALTER TABLE "Place" ADD CONSTRAINT "Place_nameRu_check" CHECK ("nameRu" ~ '^\S(.*\S)?$');
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_nameRu_check" CHECK ("nameRu" ~ '^\S(.*\S)?$');
ALTER TABLE "Source" ADD CONSTRAINT "Source_name_check" CHECK ("name" ~ '^\S(.*\S)?$');

-- Slugs appear in URLs: lowercase Latin letters and digits in hyphen-separated words.
ALTER TABLE "Article"
  ADD CONSTRAINT "Article_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Article_title_check" CHECK ("title" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Article_contentHash_check" CHECK ("contentHash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "Article_version_check" CHECK ("version" >= 1);

ALTER TABLE "Official"
  ADD CONSTRAINT "Official_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Official_nameRu_check" CHECK ("nameRu" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Official_nameLatin_check" CHECK ("nameLatin" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Official_surname_check" CHECK ("surname" ~ '^\S(.*\S)?$' AND "surname" = lower("surname")),
  ADD CONSTRAINT "Official_version_check" CHECK ("version" >= 1);

ALTER TABLE "OfficialName" ADD CONSTRAINT "OfficialName_form_check" CHECK ("form" ~ '^\S(.*\S)?$');

ALTER TABLE "Position"
  ADD CONSTRAINT "Position_title_check" CHECK ("title" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Position_titleKey_check" CHECK ("titleKey" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Position_seen_check" CHECK ("firstSeen" <= "lastSeen");

-- A coarse date is stored as the first day of its month or year; a date always says how precise it is.
ALTER TABLE "Meeting"
  ADD CONSTRAINT "Meeting_datePrecision_check" CHECK (("date" IS NULL) = ("datePrecision" IS NULL)),
  ADD CONSTRAINT "Meeting_date_month_check" CHECK (
    "datePrecision" IS DISTINCT FROM 'month' OR extract(day FROM "date") = 1
  ),
  ADD CONSTRAINT "Meeting_date_year_check" CHECK (
    "datePrecision" IS DISTINCT FROM 'year' OR (extract(day FROM "date") = 1 AND extract(month FROM "date") = 1)
  ),
  ADD CONSTRAINT "Meeting_version_check" CHECK ("version" >= 1);

ALTER TABLE "Topic"
  ADD CONSTRAINT "Topic_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Topic_labelRu_check" CHECK ("labelRu" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Topic_labelEn_check" CHECK ("labelEn" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Topic_version_check" CHECK ("version" >= 1);

ALTER TABLE "ArticleTopic" ADD CONSTRAINT "ArticleTopic_hits_check" CHECK ("hits" >= 1);
ALTER TABLE "ArticleOfficial" ADD CONSTRAINT "ArticleOfficial_mentions_check" CHECK ("mentions" >= 1);

-- Evidence is about a meeting (optionally naming which participant or topic of it the sentence
-- supports), or else about exactly one official or one topic of the article. Facts about a meeting
-- point at the meeting. Paragraph -2 is the title and -1 the lead.
ALTER TABLE "Evidence"
  ADD CONSTRAINT "Evidence_subject_check" CHECK (
    ("meetingId" IS NOT NULL AND num_nonnulls("officialId", "topicId") <= 1)
    OR ("meetingId" IS NULL AND num_nonnulls("officialId", "topicId") = 1)
  ),
  ADD CONSTRAINT "Evidence_meeting_fact_check" CHECK (
    "fact" NOT IN ('participant', 'kind', 'status', 'date', 'place') OR "meetingId" IS NOT NULL
  ),
  ADD CONSTRAINT "Evidence_sentence_check" CHECK ("sentence" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "Evidence_paragraph_check" CHECK ("paragraph" >= -2),
  ADD CONSTRAINT "Evidence_offset_check" CHECK ("offset" >= 0);

ALTER TABLE "Editor"
  ADD CONSTRAINT "Editor_email_check" CHECK ("email" = lower("email") AND "email" ~ '^[^@\s]+@[^@\s]+$'),
  ADD CONSTRAINT "Editor_name_check" CHECK ("name" ~ '^\S(.*\S)?$');

ALTER TABLE "Session" ADD CONSTRAINT "Session_expiresAt_check" CHECK ("expiresAt" > "createdAt");

ALTER TABLE "AuditLog"
  ADD CONSTRAINT "AuditLog_action_check" CHECK ("action" ~ '^\S(.*\S)?$'),
  ADD CONSTRAINT "AuditLog_entity_check" CHECK ("entity" ~ '^\S(.*\S)?$');

ALTER TABLE "ImportRun"
  ADD CONSTRAINT "ImportRun_counts_check" CHECK ("created" >= 0 AND "updated" >= 0 AND "unchanged" >= 0 AND "failed" >= 0),
  ADD CONSTRAINT "ImportRun_finishedAt_check" CHECK ("finishedAt" >= "startedAt");

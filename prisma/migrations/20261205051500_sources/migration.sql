-- CreateEnum
CREATE TYPE "SourceItemStatus" AS ENUM ('queued', 'published', 'review', 'skipped', 'failed');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('waiting', 'published', 'rejected');

-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN     "enabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "etag" TEXT,
ADD COLUMN     "failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "feedUrl" TEXT,
ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'ru',
ADD COLUMN     "lastError" JSONB,
ADD COLUMN     "lastModified" TEXT,
ADD COLUMN     "lastPolledAt" TIMESTAMP(3),
ADD COLUMN     "listingPattern" TEXT,
ADD COLUMN     "nextPollAt" TIMESTAMP(3),
ADD COLUMN     "pollMinutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "pollRequestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SourceItem" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "outletId" INTEGER NOT NULL,
    "title" TEXT,
    "status" "SourceItemStatus" NOT NULL DEFAULT 'queued',
    "reason" JSONB,
    "articleId" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "SourceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "outletId" INTEGER,
    "title" TEXT,
    "rawText" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "reasons" TEXT[],
    "status" "ReviewStatus" NOT NULL DEFAULT 'waiting',
    "articleId" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FetchHost" (
    "host" TEXT NOT NULL,
    "nextAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FetchHost_pkey" PRIMARY KEY ("host")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceItem_url_key" ON "SourceItem"("url");

-- CreateIndex
CREATE INDEX "SourceItem_outletId_status_idx" ON "SourceItem"("outletId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_url_key" ON "ReviewItem"("url");

-- CreateIndex
CREATE INDEX "ReviewItem_status_createdAt_idx" ON "ReviewItem"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "SourceItem" ADD CONSTRAINT "SourceItem_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceItem" ADD CONSTRAINT "SourceItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Seed: the outlets that report Kazakhstan–US relations (issue 18). Polling stays off (enabled = false):
-- nothing reaches the internet until an editor enables a source in /admin/sources. Feed addresses are
-- the outlets' published RSS where known; the others are listing pages read through the link pattern,
-- or left for an editor to fill in. An outlet already named by an article keeps its row and gains these.
INSERT INTO "Outlet" (name, site, "feedUrl", "listingPattern", language) VALUES
  ('Казинформ', 'www.inform.kz', 'https://www.inform.kz/ru/rss', NULL, 'ru'),
  ('Акорда', 'www.akorda.kz', 'https://www.akorda.kz/ru/events', '^https://www\.akorda\.kz/ru/[a-z0-9-]+$', 'ru'),
  ('МИД Казахстана', 'www.gov.kz', 'https://www.gov.kz/memleket/entities/mfa/press/news', '/press/news/details/\d+', 'ru'),
  ('КазТАГ', 'kaztag.kz', 'https://kaztag.kz/ru/news/', '^https://kaztag\.kz/ru/news/[a-z0-9-]+$', 'ru'),
  ('Казахстанская правда', 'kazpravda.kz', NULL, NULL, 'ru'),
  ('ТАСС', 'tass.ru', 'https://tass.ru/rss/v2.xml', NULL, 'ru'),
  ('Интерфакс', 'www.interfax.ru', 'https://www.interfax.ru/rss.asp', NULL, 'ru'),
  ('Sputnik Казахстан', 'ru.sputnik.kz', 'https://ru.sputnik.kz/export/rss2/archive/index.xml', NULL, 'ru'),
  ('Tengrinews', 'tengrinews.kz', 'https://tengrinews.kz/news.rss', NULL, 'ru'),
  ('Zakon.kz', 'www.zakon.kz', NULL, NULL, 'ru'),
  ('Посольство США в Казахстане', 'kz.usembassy.gov', 'https://kz.usembassy.gov/ru/feed/', NULL, 'ru')
ON CONFLICT (name) DO UPDATE SET
  site = coalesce("Outlet".site, excluded.site),
  "feedUrl" = coalesce("Outlet"."feedUrl", excluded."feedUrl"),
  "listingPattern" = coalesce("Outlet"."listingPattern", excluded."listingPattern");

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "outletId" INTEGER;

-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "site" TEXT,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleUrl" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "outletId" INTEGER,
    "original" BOOLEAN NOT NULL DEFAULT false,
    "fetchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleUrl_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_name_key" ON "Outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleUrl_url_key" ON "ArticleUrl"("url");

-- CreateIndex
CREATE INDEX "ArticleUrl_articleId_idx" ON "ArticleUrl"("articleId");

-- CreateIndex
CREATE INDEX "ArticleUrl_outletId_idx" ON "ArticleUrl"("outletId");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- AddForeignKey
ALTER TABLE "ArticleUrl" ADD CONSTRAINT "ArticleUrl_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleUrl" ADD CONSTRAINT "ArticleUrl_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand SQL (Prisma cannot say so): one original page per article; a stored URL is always http(s).
CREATE UNIQUE INDEX "ArticleUrl_one_original" ON "ArticleUrl"("articleId") WHERE "original";
ALTER TABLE "ArticleUrl" ADD CONSTRAINT "ArticleUrl_url_http" CHECK ("url" ~ '^https?://');

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "reprint" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ArticleSignature" (
    "articleId" INTEGER NOT NULL,
    "shingles" INTEGER NOT NULL,
    "mins" INTEGER[],

    CONSTRAINT "ArticleSignature_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "ArticleBand" (
    "key" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,

    CONSTRAINT "ArticleBand_pkey" PRIMARY KEY ("key","articleId")
);

-- CreateIndex
CREATE INDEX "ArticleBand_articleId_idx" ON "ArticleBand"("articleId");

-- AddForeignKey
ALTER TABLE "ArticleSignature" ADD CONSTRAINT "ArticleSignature_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleBand" ADD CONSTRAINT "ArticleBand_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

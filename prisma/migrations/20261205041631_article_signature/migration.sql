-- CreateTable
CREATE TABLE "ArticleSignature" (
    "articleId" INTEGER NOT NULL,
    "shingles" INTEGER NOT NULL,
    "mins" INTEGER[],
    "bands" INTEGER[],

    CONSTRAINT "ArticleSignature_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "ArticleSignature_bands_idx" ON "ArticleSignature" USING GIN ("bands");

-- AddForeignKey
ALTER TABLE "ArticleSignature" ADD CONSTRAINT "ArticleSignature_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "ReviewItem" ADD COLUMN     "resemblesId" INTEGER;

-- CreateTable
CREATE TABLE "ArticleMinimum" (
    "position" SMALLINT NOT NULL,
    "value" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,

    CONSTRAINT "ArticleMinimum_pkey" PRIMARY KEY ("position","value","articleId")
);

-- CreateIndex
CREATE INDEX "ArticleMinimum_articleId_idx" ON "ArticleMinimum"("articleId");

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_resemblesId_fkey" FOREIGN KEY ("resemblesId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleMinimum" ADD CONSTRAINT "ArticleMinimum_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The loose index of the articles already signed (positions 0–31: LOOSE_POSITIONS in lib/reprints/lsh-bands.ts).
INSERT INTO "ArticleMinimum" ("position", "value", "articleId")
SELECT p, s.mins[p + 1], s."articleId" FROM "ArticleSignature" s CROSS JOIN generate_series(0, 31) AS p
WHERE s.shingles > 0
ON CONFLICT DO NOTHING;

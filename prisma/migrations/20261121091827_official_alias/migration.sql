-- CreateTable
CREATE TABLE "OfficialAlias" (
    "matchKey" TEXT NOT NULL,
    "officialId" INTEGER NOT NULL,

    CONSTRAINT "OfficialAlias_pkey" PRIMARY KEY ("matchKey")
);

-- CreateIndex
CREATE INDEX "OfficialAlias_officialId_idx" ON "OfficialAlias"("officialId");

-- AddForeignKey
ALTER TABLE "OfficialAlias" ADD CONSTRAINT "OfficialAlias_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

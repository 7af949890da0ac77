-- CreateTable
CREATE TABLE "RequestQuota" (
    "clientKey" TEXT NOT NULL,
    "routeClass" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RequestQuota_pkey" PRIMARY KEY ("clientKey","routeClass","windowStart")
);

-- CreateTable
CREATE TABLE "StreamSlot" (
    "routeClass" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "holder" TEXT,
    "clientKey" TEXT,
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "StreamSlot_pkey" PRIMARY KEY ("routeClass","slot")
);

-- CreateIndex
CREATE INDEX "RequestQuota_windowStart_idx" ON "RequestQuota"("windowStart");

-- Counters and leases live a minute: no WAL for them (after a crash PostgreSQL empties them, which
-- only forgets who was counted in the current window).
ALTER TABLE "RequestQuota" SET UNLOGGED;
ALTER TABLE "StreamSlot" SET UNLOGGED;

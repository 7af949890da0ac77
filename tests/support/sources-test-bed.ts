import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { startBoss } from "../../lib/jobs/boss";
import { resetDatabase } from "./reset-database";
import { startSourceFixtures, type SourceFixtures } from "./source-fixture-server";

export interface SourcesTestBed {
  db: Db;
  boss: PgBoss;
  fixtures: SourceFixtures;
}

/**
 * For a test file that drives polls and items in its own process: the run's database (emptied before
 * each test), a started queue (no jobs are worked: the test calls the steps itself) and the fixture web.
 * The fields are set once `beforeAll` has run.
 */
export function sourcesTestBed(): SourcesTestBed {
  const databaseUrl = process.env.DATABASE_URL as string;
  const bed = {} as SourcesTestBed;
  beforeAll(async () => {
    bed.db = createDb(databaseUrl);
    await loadImporterLanguage();
    bed.boss = await startBoss({ databaseUrl, expireInSeconds: 60, maintenanceSeconds: 3600, retryDelaySeconds: 1 });
    bed.fixtures = await startSourceFixtures();
  });
  afterAll(async () => {
    await bed.boss.stop({ graceful: false, wait: true });
    await bed.fixtures.close();
    await bed.db.$disconnect();
  });
  beforeEach(() => resetDatabase(bed.db));
  return bed;
}

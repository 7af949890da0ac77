import PgBoss from "pg-boss";
import { queueOptions } from "./queues";

export interface BossSettings {
  databaseUrl: string;
  expireInSeconds: number;
  maintenanceSeconds: number;
  retryDelaySeconds: number;
}

/**
 * pg-boss on the archive's database, in a schema of its own (`pgboss`, created and migrated by pg-boss
 * at start, beside Prisma's tables). Every worker process runs the maintenance: pg-boss takes an advisory
 * lock so one at a time does it — that is what finds the jobs of a killed worker (still `active` past
 * `expireInSeconds`) and hands them back for a retry.
 */
export async function startBoss({ databaseUrl, expireInSeconds, maintenanceSeconds, retryDelaySeconds }: BossSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    application_name: "chronicle-jobs",
    max: 4,
    maintenanceIntervalSeconds: maintenanceSeconds,
    monitorStateIntervalSeconds: Math.max(maintenanceSeconds, 60),
  });
  boss.on("error", (error: Error) => console.error(`jobs: ${error.message}`));
  await boss.start();
  for (const [name, options] of Object.entries(queueOptions({ expireInSeconds, retryDelaySeconds }))) {
    // Workers starting together may both create a queue: the loser updates what the winner made.
    if (!(await boss.getQueue(name))) await boss.createQueue(name, options).catch((error: Error) => {
      if (!/already exists/.test(error.message)) throw error;
    });
    await boss.updateQueue(name, options);
  }
  return boss;
}

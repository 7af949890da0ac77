/** Articles a run writes before its first refresh: below this, plans for an empty archive are fine. */
const FIRST_REFRESH = 100;

/**
 * Keeps PostgreSQL's planner statistics in step with a bulk import. A run can grow the archive tenfold
 * in a minute — faster than autovacuum notices (one minute between looks by default), and some servers
 * run without it — and the importer's statements planned with an empty archive's statistics turn into
 * sequential scans whose cost grows with every article (measured: PostgreSQL CPU per article doubled
 * between 2,000 and 10,000 articles). So the run ANALYZEs each time the archive has doubled since the
 * last refresh: a handful of times per run whatever its size (about 0.6 s each at 10,000 articles),
 * in the background, beside the writers (ANALYZE takes no lock they wait for).
 */
export class PlannerStatistics {
  private analysed: number;
  private size: number;
  private running: Promise<void> | null = null;

  constructor(
    /** The pool under the client (poolOf): ANALYZE runs beside the writers, on a connection of its own. */
    private readonly pool: { query(statement: string): Promise<unknown> },
    archiveSize: number,
  ) {
    this.size = archiveSize;
    this.analysed = archiveSize;
  }

  /** One more article written (created or updated) by the run. */
  written(): void {
    this.size++;
    if (this.running || this.size - this.analysed < Math.max(FIRST_REFRESH, this.analysed)) return;
    this.analysed = this.size;
    this.running = this.pool
      .query("ANALYZE")
      // Statistics only speed the run up: a refresh that fails (a role that may not analyse) must not fail it.
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (this.running = null));
  }

  /** At the run's end: the last refresh has finished, and one more runs when the run wrote much since,
   *  so the pages read the grown archive with fitting plans too. */
  async finish(): Promise<void> {
    await this.running;
    if (this.size - this.analysed >= Math.max(FIRST_REFRESH, this.analysed / 10)) {
      this.analysed = this.size;
      await this.pool.query("ANALYZE").catch(() => undefined);
    }
  }
}

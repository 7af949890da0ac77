import type { Db } from "@/lib/db";

/**
 * Sign-in throttling, kept in PostgreSQL so every app instance enforces the same limits.
 *
 * Per account and address (OWASP Authentication Cheat Sheet: throttle, don't lock out): after a few
 * failures of one email from one address, each further attempt from that address waits, twice as long
 * as the last, up to 15 minutes. The editor at another address is not slowed down by a guesser, so
 * wrong passwords can no longer lock an account (5 from anywhere used to, for 15 minutes). Per address,
 * whatever the accounts: 20 failures in 15 minutes stop that address for the rest of the window (a
 * spray over many accounts). Both rely on the client's address being the one the front door measured
 * (lib/http/forwarded.ts), not a header the client wrote.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const FREE_FAILURES = 3;
export const MAX_DELAY_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** A pair's count starts again after this long without a failure. */
export const PAIR_MEMORY_MS = 24 * 60 * 60 * 1000;
/** How long a claim holds the pair while its password is checked (longer only if that check crashed). */
const CHECK_HOLD_MS = 10_000;

/** Seconds an account and address wait before the attempt after `failures` failures. */
export function delayAfter(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES + 1));
}

export type Claim = { ok: true; failures: number } | { ok: false; retryAfterSeconds: number };

const secondsUntil = (at: Date, now: Date) => Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));

/**
 * Takes the right to check one password for this email from this address, or says how long to wait.
 * Taking it holds the pair (`blockedUntil` a few seconds ahead) until `settleLoginAttempt`, with a
 * compare-and-set on the row: of several attempts sent at once, one is checked, the others wait.
 */
export async function claimLoginAttempt(db: Db, email: string, ip: string, now = new Date()): Promise<Claim> {
  const addressWait = await addressRetryAfter(db, ip, now);
  if (addressWait > 0) return { ok: false, retryAfterSeconds: addressWait };
  const row = await db.loginThrottle.findUnique({ where: { email_ip: { email, ip } } });
  if (row?.blockedUntil && row.blockedUntil > now) return { ok: false, retryAfterSeconds: secondsUntil(row.blockedUntil, now) };
  const stale = !row?.lastFailureAt || now.getTime() - row.lastFailureAt.getTime() > PAIR_MEMORY_MS;
  const failures = row && !stale ? row.failures : 0;
  const blockedUntil = new Date(now.getTime() + CHECK_HOLD_MS);
  if (!row) {
    const inserted = await db.loginThrottle.createMany({ data: { email, ip, failures: 0, blockedUntil }, skipDuplicates: true });
    return inserted.count === 1 ? { ok: true, failures } : { ok: false, retryAfterSeconds: 1 };
  }
  const taken = await db.loginThrottle.updateMany({
    where: { email, ip, failures: row.failures, blockedUntil: row.blockedUntil },
    data: { failures, blockedUntil },
  });
  return taken.count === 1 ? { ok: true, failures } : { ok: false, retryAfterSeconds: 1 };
}

/** After the claimed check: a failure is counted and sets the next wait; a success forgets the pair. */
export async function settleLoginAttempt(db: Db, claim: { email: string; ip: string; failures: number }, success: boolean, now = new Date()): Promise<void> {
  const { email, ip } = claim;
  const failures = claim.failures + 1;
  if (success) await db.loginThrottle.deleteMany({ where: { email, ip } });
  else await db.loginThrottle.updateMany({ where: { email, ip }, data: { failures, lastFailureAt: now, blockedUntil: new Date(now.getTime() + delayAfter(failures) * 1000) } });
  await db.loginAttempt.create({ data: { email, ip, success, at: now } });
}

async function addressRetryAfter(db: Db, ip: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const address = await db.loginAttempt.aggregate({ where: { ip, success: false, at: { gt: since } }, _count: true, _min: { at: true } });
  if (address._count < MAX_FAILURES_PER_ADDRESS || !address._min.at) return 0;
  return secondsUntil(new Date(address._min.at.getTime() + LOGIN_WINDOW_MS), now);
}

import type { Db } from "@/lib/db";

/** Failed sign-ins counted over this window, per account (email as typed) and per client address. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface FailureCounts {
  account: { count: number; oldest: Date | null };
  address: { count: number; oldest: Date | null };
}

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export function retryAfterSeconds(f: FailureCounts, now: Date): number {
  const waits = [
    f.account.count >= MAX_FAILURES_PER_ACCOUNT ? f.account.oldest : null,
    f.address.count >= MAX_FAILURES_PER_ADDRESS ? f.address.oldest : null,
  ].flatMap((oldest) => (oldest ? [oldest.getTime() + LOGIN_WINDOW_MS - now.getTime()] : []));
  const wait = Math.max(0, ...waits);
  return Math.ceil(wait / 1000);
}

/**
 * Counted in PostgreSQL, so every app instance sees the same numbers. Unknown emails are counted like
 * known ones: the limit says nothing about which accounts exist.
 */
export async function loginRetryAfter(db: Db, email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [account, address] = await Promise.all([
    db.loginAttempt.aggregate({ where: { email, success: false, at: { gt: since } }, _count: true, _min: { at: true } }),
    db.loginAttempt.aggregate({ where: { ip, success: false, at: { gt: since } }, _count: true, _min: { at: true } }),
  ]);
  return retryAfterSeconds(
    { account: { count: account._count, oldest: account._min.at }, address: { count: address._count, oldest: address._min.at } },
    now,
  );
}

export async function recordLoginAttempt(db: Db, email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}

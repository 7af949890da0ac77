// PostgreSQL: unique violation, serialization failure, deadlock. Prisma: unique constraint, write conflict.
const SQL_STATES = new Set(["23505", "40001", "40P01"]);
const PRISMA_CODES = new Set(["P2002", "P2034"]);

/**
 * Whether a failed transaction lost a race with a concurrent one (and would succeed when run again),
 * rather than failed on its own data. Looks through Prisma's error and the driver error it wraps.
 */
export function isRetryable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as { code?: unknown; originalCode?: unknown; meta?: unknown; cause?: unknown; message?: unknown };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SQL_STATES.has(e.code))) return true;
  if (typeof e.originalCode === "string" && SQL_STATES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && /\b(23505|40001|40P01)\b|deadlock detected|could not serialize/.test(e.message)) return true;
  const meta = e.meta as { code?: unknown; driverAdapterError?: unknown } | undefined;
  if (meta && typeof meta.code === "string" && SQL_STATES.has(meta.code)) return true;
  return isRetryable(meta?.driverAdapterError, depth + 1) || isRetryable(e.cause, depth + 1);
}

const ATTEMPTS = 5;

/** Runs a whole transaction again while it loses races (see isRetryable): the last attempt's error is thrown. */
export async function retryRaces<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

/** A DATE column as "YYYY-MM-DD" (Prisma reads it as UTC midnight). */
export function isoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

import pg from "pg";

const { builtins } = pg.types;

/**
 * Result types for page reads sent straight to the driver (`queryRows`), read as Prisma's raw queries
 * read them — what the pages were written against: DATE and TIMESTAMP (without time zone) as UTC
 * instants whatever the process's time zone (pg's own parsers read them as local time), int8 as BigInt.
 * Everything else as pg reads it, which is as Prisma does (numbers, booleans, text, JSON, arrays).
 */
export const readTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (format !== "binary") {
      if (oid === builtins.DATE) return utcDate;
      if (oid === builtins.TIMESTAMP) return utcTimestamp;
      if (oid === builtins.INT8) return bigInt;
    }
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);
const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const bigInt = (text: string) => BigInt(text);

/** Statement values as Prisma's driver adapter sends them: a Date as its UTC date and time, no offset. */
export function driverValues(values: unknown[]): unknown[] {
  return values.map((v) => (v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v));
}

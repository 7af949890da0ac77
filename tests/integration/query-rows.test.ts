import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, prismaTx, queryRows, sql } from "../../lib/db";

// Page reads go straight to the driver (queryRows) but must read rows as the client's raw queries did,
// whatever the process's time zone: a DATE at UTC midnight, a TIMESTAMP as UTC, int8 as BigInt.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/New_York";
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("queryRows", () => {
  const statement = () => sql`
    SELECT '2026-02-05'::date AS day, '2026-02-05 22:30:00.125'::timestamp AS at, '2026-02-05 22:30:00+05'::timestamptz AS instant,
      5::int8 AS big, 5::int AS small, '{"a": [1]}'::json AS doc, ARRAY['x', 'y'] AS list, NULL::date AS none,
      ${new Date("2026-03-01T00:00:00Z")}::date AS "dayGiven", ${[1, 2]}::int[] AS ids`;

  it("reads dates, timestamps and int8 as the client does, in any time zone", async () => {
    const [row] = await queryRows<Record<string, unknown>>(statement());
    expect(row).toEqual({
      day: new Date("2026-02-05T00:00:00Z"),
      at: new Date("2026-02-05T22:30:00.125Z"),
      instant: new Date("2026-02-05T17:30:00Z"),
      big: 5n,
      small: 5,
      doc: { a: [1] },
      list: ["x", "y"],
      none: null,
      dayGiven: new Date("2026-03-01T00:00:00Z"),
      ids: [1, 2],
    });
    expect(row).toEqual((await prismaTx(getDb()).rows<Record<string, unknown>>(statement()))[0]);
  });
});

afterAll(() => getDb().$disconnect());

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../lib/text/fold";

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

// What the importer matches and what search finds must agree on what counts as the same word.
const SAMPLES = [
  "Ёлка", "ЕРМЕК КОШЕРБАЕВ", "Кошербаевым", "Тоқаев", "Қасым-Жомарт", "Әлихан", "Ғабит", "Ұлан", "Үкімет", "Өскемен", "Һ", "Іле",
  "Йемен", "йогурт", "Café", "Zürich", "São Paulo", "naïve", "Kassym-Jomart Tokayev", "C5+1", "С5+1", "  пробел ",
];

describe("fold", () => {
  it("is what the database's chronicle_fold is", async () => {
    const { rows } = await client.query<{ folded: string }>("SELECT chronicle_fold(s) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS t(s, n) ORDER BY n", [SAMPLES]);
    expect(SAMPLES.map(fold)).toEqual(rows.map((r) => r.folded));
  });
});

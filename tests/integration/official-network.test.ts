import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { officialNetwork } from "../../lib/queries/network/official-network";
import { resetDatabase } from "../support/reset-database";

let db: Db;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  await importPaths(db, [path.resolve(import.meta.dirname, "../../seeds")], { trigger: "cli" });
});
afterAll(() => db.$disconnect());

function namedPairs(network: Awaited<ReturnType<typeof officialNetwork>>): string[] {
  const slug = new Map(network.officials.map((o) => [o.id, o.slug]));
  return network.pairs.map((p) => [slug.get(p.a), slug.get(p.b), p.meetings, p.latest].join(" "));
}

describe("the network of officials", () => {
  it("counts the seeds' pairs: Kosherbayev with each counterpart, Rubio with Vance at the conference", async () => {
    const network = await officialNetwork({}, 40);
    expect(network.officials[0]).toMatchObject({ slug: "yermek-kosherbayev", meetings: 4, countryCode: "KZ" });
    expect(network.totalOfficials).toBe(6);
    expect(namedPairs(network).sort()).toEqual(
      [
        "yermek-kosherbayev christopher-landau 1 2026-02-05",
        "yermek-kosherbayev marco-rubio 1 2026-02-05",
        "yermek-kosherbayev jd-vance 1 2026-02-05",
        "marco-rubio jd-vance 1 2026-02-05",
        "yermek-kosherbayev brian-mast 1 2026-02-05",
        "yermek-kosherbayev steve-daines 1 2026-02-05",
      ].sort(),
    );
  });

  it("answers the same from the stored counts as from the meetings, and follows the filters", async () => {
    const stored = await officialNetwork({}, 40);
    const counted = await officialNetwork({ from: "1900" }, 40);
    expect(counted).toEqual(stored);
    expect(namedPairs(await officialNetwork({ kind: ["talks"] }, 40))).toEqual(["yermek-kosherbayev christopher-landau 1 2026-02-05"]);
    expect((await officialNetwork({ kind: ["talks"] }, 1)).pairs).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";

import { migrationFolderName } from "./migrations-folder";

describe("migrationFolderName", () => {
  const now = new Date("2026-02-05T09:03:07.450Z");

  it("prefixes a UTC timestamp to a snake_case name, as prisma migrate dev does", () => {
    expect(migrationFolderName("Add search-names ", now, [])).toBe("20260205090307_add_search_names");
  });

  it("sorts after the newest folder even when the clock does not", () => {
    expect(migrationFolderName("next", now, ["20260205090307_init"])).toBe("20260205090308_next");
    expect(migrationFolderName("next", now, ["20270101000000_future", "20260101000000_old"])).toBe(
      "20270101000001_next",
    );
  });

  it("refuses a name with nothing to keep", () => {
    expect(() => migrationFolderName(" -- ", now, [])).toThrow(/no letters or digits/);
  });
});

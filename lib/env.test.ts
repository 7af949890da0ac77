import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv, SETTING_NAMES } from "./env";

describe("the replica settings", () => {
  it("default to a 2 s lag bound and a check every second", () => {
    const env = parseEnv({});
    expect(env.REPLICA_LAG_BOUND_MS).toBe(2000);
    expect(env.REPLICA_HEALTH_INTERVAL_MS).toBe(1000);
  });

  it("are read as whole milliseconds", () => {
    const env = parseEnv({ REPLICA_LAG_BOUND_MS: "15000", REPLICA_HEALTH_INTERVAL_MS: "250" });
    expect(env.REPLICA_LAG_BOUND_MS).toBe(15_000);
    expect(env.REPLICA_HEALTH_INTERVAL_MS).toBe(250);
  });

  it.each([
    ["REPLICA_LAG_BOUND_MS", "2s"],
    ["REPLICA_LAG_BOUND_MS", "0"],
    ["REPLICA_LAG_BOUND_MS", "1.5"],
    ["REPLICA_LAG_BOUND_MS", "700000"],
    ["REPLICA_HEALTH_INTERVAL_MS", "-1"],
    ["REPLICA_HEALTH_INTERVAL_MS", "50"],
    ["REPLICA_HEALTH_INTERVAL_MS", "120000"],
  ])("refuse %s=%s at start-up, naming the setting", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^Invalid environment: ${name} `));
  });
});

describe("the README's settings table", () => {
  it("lists every setting", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Settings"), readme.indexOf("## Scripts"));
    expect(SETTING_NAMES.filter((name) => !table.includes(`| \`${name}\` |`))).toEqual([]);
  });
});

import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { needsBuild } from "./needs-build";

let root: string;
const at = (file: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  return utimes(path.join(root, file), t, t);
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "chronicle-build-"));
  await mkdir(path.join(root, "app"));
  await writeFile(path.join(root, "app/page.tsx"), "x");
  await writeFile(path.join(root, "app/page.test.tsx"), "x");
  await at("app/page.tsx", 100);
  await at("app/page.test.tsx", 100);
  await at("app", 100);
});

describe("needsBuild", () => {
  it("builds when there is no build", async () => {
    expect(await needsBuild(root)).toBe(true);
  });

  it("reuses a build newer than every source, and rebuilds after a source changes", async () => {
    await mkdir(path.join(root, ".next"));
    await writeFile(path.join(root, ".next/BUILD_ID"), "id");
    await at(".next/BUILD_ID", 50);
    expect(await needsBuild(root)).toBe(false);
    await at("app/page.test.tsx", 0); // a test is not part of the build
    expect(await needsBuild(root)).toBe(false);
    await at("app/page.tsx", 0);
    expect(await needsBuild(root)).toBe(true);
  });
});

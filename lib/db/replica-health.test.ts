import { describe, expect, it } from "vitest";
import { watchReplica } from "./replica-health";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("watchReplica", () => {
  it("calls the replica unhealthy when its check fails or hangs, and healthy when it answers again", async () => {
    let answer: "ok" | "fail" | "hang" = "ok";
    const health = watchReplica({
      check: () => (answer === "ok" ? Promise.resolve() : answer === "fail" ? Promise.reject(new Error("refused")) : new Promise(() => {})),
      intervalMs: 10,
      timeoutMs: 30,
    });
    await sleep(30);
    expect(health.healthy).toBe(true);
    answer = "fail";
    await sleep(40);
    expect(health.healthy).toBe(false);
    answer = "ok";
    await sleep(40);
    expect(health.healthy).toBe(true);
    answer = "hang";
    await sleep(100);
    expect(health.healthy).toBe(false);
    health.close();
  });
});

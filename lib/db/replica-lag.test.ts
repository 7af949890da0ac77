import { describe, expect, it } from "vitest";
import { followReplica, lsnValue } from "./replica-lag";

/** A primary whose position the test moves and a replica that replays up to where the test says. */
function pair() {
  const state = { primary: "0/100", replayedTo: "0/100", events: [] as string[] };
  const lag = followReplica({
    primaryLsn: async () => state.primary,
    replayed: async (lsn) => lsnValue(state.replayedTo) >= lsnValue(lsn),
    onCaughtUp: () => state.events.push(`clear at ${state.replayedTo}`),
    onBehind: (behind) => state.events.push(behind ? "behind" : "caught up"),
    boundMs: 60,
    pollMs: 2,
  });
  return { state, lag };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("followReplica", () => {
  it("reads WAL positions as numbers", () => {
    expect(lsnValue("1/0") > lsnValue("0/FFFFFFFF")).toBe(true);
    expect(() => lsnValue("1-0")).toThrow("not a WAL position: 1-0");
  });

  it("drops the cache only once the replica has replayed what the primary had when notified", async () => {
    const { state, lag } = pair();
    state.primary = "0/200";
    lag.changed();
    await sleep(20);
    expect(state.events).toEqual([]);
    state.replayedTo = "0/200";
    await sleep(20);
    expect(state.events).toEqual(["clear at 0/200"]);
    lag.close();
  });

  it("pauses the cache while the replica is behind past the bound, and resumes it when it catches up", async () => {
    const { state, lag } = pair();
    state.primary = "0/300";
    lag.changed();
    await sleep(100);
    expect(state.events).toEqual(["behind"]);
    state.primary = "0/400";
    lag.changed(); // a later change while behind: the target moves to it
    state.replayedTo = "0/300";
    await sleep(20);
    expect(state.events).toEqual(["behind"]);
    state.replayedTo = "0/400";
    await sleep(20);
    expect(state.events).toEqual(["behind", "clear at 0/400", "caught up"]);
    lag.close();
  });
});

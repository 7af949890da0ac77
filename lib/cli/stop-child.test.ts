import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { stillRunning, stopChild } from "./stop-child";

const idle = () => spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
const exited = (child: ReturnType<typeof idle>) => new Promise((resolve) => child.once("exit", resolve));

describe("stopping a child process", () => {
  it("stops a running child and waits for it", async () => {
    const child = idle();
    expect(stillRunning(child)).toBe(true);
    await stopChild(child);
    expect(child.signalCode).toBe("SIGTERM");
  });

  it("kills a child that ignores SIGTERM once the grace period is over", async () => {
    const stubborn = spawn(process.execPath, ["-e", "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 300));
    await stopChild(stubborn, 500);
    expect(stubborn.signalCode).toBe("SIGKILL");
  });

  it("returns at once for a child a signal already stopped (Ctrl-C reaches the whole process group)", async () => {
    const child = idle();
    const gone = exited(child);
    child.kill("SIGINT");
    await gone;
    expect(child.exitCode).toBeNull();
    expect(stillRunning(child)).toBe(false);
    await expect(Promise.race([stopChild(child).then(() => "returned"), new Promise((r) => setTimeout(() => r("hung"), 2000))])).resolves.toBe("returned");
  });
});

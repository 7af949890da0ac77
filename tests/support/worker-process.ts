import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the worker said it is running. */
  ready: Promise<void>;
  stop: () => Promise<void>;
}

/** Settings that make a test's worker quick: no host delay, lost jobs found within seconds. */
export const FAST_JOBS = {
  FETCH_ALLOW_PRIVATE: "1",
  SOURCES_HOST_DELAY_MS: "0",
  SOURCES_TICK_SECONDS: "1",
  JOBS_EXPIRE_SECONDS: "8",
  JOBS_MAINTENANCE_SECONDS: "1",
  JOBS_RETRY_DELAY_SECONDS: "1",
  EXTRACT_THREADS: "1",
};

/** `npm run worker` as a child process of the test, on the test's database. */
export function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): WorkerProcess {
  // node itself with tsx's loader, not the tsx command: that one runs node as a child of its own, and a
  // SIGKILL sent to it would leave the real worker running.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, ...FAST_JOBS, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("jobs worker")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the worker exited (${code}) before it was ready:\n${text}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    output: () => text,
    ready,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

import type { ChildProcess } from "node:child_process";

/** A child that has not exited. One killed by a signal has a `signalCode` and no `exitCode`: waiting for
 *  its `exit` again would wait forever, and Ctrl-C in a terminal signals the whole process group, so the
 *  children may be gone before the parent starts stopping them. */
export function stillRunning(child: ChildProcess | null): child is ChildProcess {
  return !!child && child.exitCode === null && child.signalCode === null;
}

/** Stops a child with SIGTERM and waits for it; returns at once when it has already exited. */
export async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!stillRunning(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

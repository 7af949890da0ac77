import type { ChildProcess } from "node:child_process";

/** A child that has not exited. One killed by a signal has a `signalCode` and no `exitCode`: waiting for
 *  its `exit` again would wait forever, and Ctrl-C in a terminal signals the whole process group, so the
 *  children may be gone before the parent starts stopping them. */
export function stillRunning(child: ChildProcess | null): child is ChildProcess {
  return !!child && child.exitCode === null && child.signalCode === null;
}

/** How long a child may take to stop after SIGTERM before it is killed: a worker lets its running jobs
 *  finish, but Ctrl-C must not leave the terminal (or the embedded PostgreSQL) waiting on a stuck one. */
export const STOP_GRACE_MS = 20_000;

/** Stops a child with SIGTERM and waits for it, with SIGKILL after `graceMs`; returns at once when it has
 *  already exited. */
export async function stopChild(child: ChildProcess | null, graceMs = STOP_GRACE_MS): Promise<void> {
  if (!stillRunning(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

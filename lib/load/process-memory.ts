import { readFile } from "node:fs/promises";

/** Resident and peak resident memory of a process in MB, from /proc (Linux). */
export async function processMemory(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb("VmRSS") / 1024), peakMb: Math.round(kb("VmHWM") / 1024) };
}

/**
 * Waits up to `withinMs` for the process's resident memory to fall under `limitMb` (a collector that
 * has not run yet is not a leak), polling once a second; returns the last reading.
 */
export async function settledMemory(pid: number, limitMb: number, withinMs: number): Promise<{ rssMb: number; peakMb: number }> {
  const deadline = Date.now() + withinMs;
  let reading = await processMemory(pid);
  while (reading.rssMb >= limitMb && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    reading = await processMemory(pid);
  }
  return reading;
}

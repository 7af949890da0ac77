import type { MeetingKind } from "@/lib/importer/types";
import type { MeetingShape } from "./same-meeting";

/** An advisory lock to take before matching, shared or exclusive. */
export interface MeetingLock {
  key: number;
  shared: boolean;
}

const DAY = 86_400_000;
const FAMILY: Record<MeetingKind, string> = { meeting: "meeting", talks: "meeting", conference: "conference", visit: "visit", call: "call", signing: "signing" };

/** Removing meetings (a corrected article) excludes every matcher; matchers share it among themselves. */
export const ALL_MEETINGS = lockKey("all meetings");

/**
 * The advisory locks an importer takes before matching a report against stored meetings, such that
 * any two reports `sameMeeting` could join take conflicting locks — so one waits for the other to commit
 * and then sees its meeting — while reports of unrelated meetings go on side by side.
 * A key names the kind family, the status, one participant (`who`: a key every report naming that
 * person shares, or the place for a participant-less report) and a date bucket: a day locks its month and those of its neighbour days, a
 * month its month, both sharing their year; a year locks its year exclusively; an undated report the
 * undated bucket.
 */
export function meetingLocks(shape: MeetingShape, who: string[]): MeetingLock[] {
  const buckets: { bucket: string; shared: boolean }[] = [];
  if (!shape.date) buckets.push({ bucket: "undated", shared: false });
  else if (shape.datePrecision === "year") buckets.push({ bucket: shape.date.slice(0, 4), shared: false });
  else {
    const day = Date.parse(`${shape.date}T00:00:00Z`);
    const days = shape.datePrecision === "month" ? [shape.date] : [day - DAY, day, day + DAY].map((t) => new Date(t).toISOString());
    for (const d of days) buckets.push({ bucket: d.slice(0, 7), shared: false }, { bucket: d.slice(0, 4), shared: true });
  }
  const locks = new Map<number, boolean>();
  for (const w of who) {
    for (const { bucket, shared } of buckets) {
      const key = lockKey(`${FAMILY[shape.kind]}|${shape.status}|${w}|${bucket}`);
      locks.set(key, (locks.get(key) ?? true) && shared);
    }
  }
  return [...locks].map(([key, shared]) => ({ key, shared }));
}

/** Merges locks (exclusive wins) and orders them, so every importer acquires in the same order. */
export function mergeLocks(locks: MeetingLock[]): MeetingLock[] {
  const merged = new Map<number, boolean>();
  for (const l of locks) merged.set(l.key, (merged.get(l.key) ?? true) && l.shared);
  return [...merged].map(([key, shared]) => ({ key, shared })).sort((a, b) => a.key - b.key);
}

/** A 48-bit FNV-1a hash: a collision only makes two importers wait for each other, never wrong. */
export function lockKey(text: string): number {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return Number(h & 0xffffffffffffn);
}

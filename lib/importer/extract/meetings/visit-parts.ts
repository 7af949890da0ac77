import type { Draft } from "./draft";

/** A planned visit the article breaks down into the meetings it will consist of (`посетит Казахстан в
 *  июне`, then `в ходе предстоящего визита планируются переговоры …`) is represented by those meetings;
 *  each maps to the visit, whose day and destination it takes when it names none. A visit told with no
 *  such meeting stays a visit. */
export function visitParts(drafts: readonly Draft[]): Map<Draft, Draft> {
  const parts = new Map<Draft, Draft>();
  for (const visit of drafts) {
    if (visit.kind !== "visit" || visit.status !== "planned") continue;
    const visitors = [...visit.participants.keys()];
    for (const d of drafts) {
      if (d.kind === "visit" || d.status !== "planned" || parts.has(d)) continue;
      if (visitors.some((name) => d.participants.has(name))) parts.set(d, visit);
    }
  }
  return parts;
}

import type { MeetingsInput } from "./input";
import { others, type Draft } from "./draft";

/** `В ходе приема глава города провел беседу с послом`: a sentence opening inside a reception, a
 *  ceremony or a dinner just told. */
const INSIDE = /^в\s+ходе\s+(?:при[её]ма|церемонии|мероприятия|ужина|обеда|завтрака|банкета)(?!\p{L})/iu;

/** `Аким принял участие в приеме, организованном консульством США. В ходе приема он провел беседу с
 *  послом …`: the reception, attended by one side alone, is where the conversation told next happened —
 *  one meeting, on the reception's day, not two. The conversation joins the reception's draft. */
export function mergeIntoReceptions(drafts: Draft[], sentences: MeetingsInput["sentences"]): Draft[] {
  const merged = new Set<Draft>();
  for (const d of drafts) {
    if (d.status !== "held" || d.participants.size < 2) continue;
    const at = Math.min(...d.triggerSentences);
    if (!INSIDE.test(sentences[at]?.text ?? "")) continue;
    const frame = drafts
      .filter((f) => f !== d && !merged.has(f) && f.status === "held" && f.kind === "meeting" && f.participants.size === 1 && Math.max(...f.triggerSentences) < at)
      .at(-1);
    const [host] = frame ? [...frame.participants.keys()] : [];
    if (!frame || !host || !d.participants.has(host)) continue;
    for (const name of others(d)) {
      const p = d.participants.get(name);
      if (p && !frame.participants.has(name)) frame.participants.set(name, p);
    }
    for (const i of d.triggerSentences) if (!frame.triggerSentences.includes(i)) frame.triggerSentences.push(i);
    for (const i of d.sentences) frame.sentences.add(i);
    Object.assign(frame, { kind: d.kind, kindSentence: d.kindSentence });
    merged.add(d);
  }
  return drafts.filter((d) => !merged.has(d));
}

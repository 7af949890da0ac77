import { MARK_END, MARK_START } from "./statements";

/** A run of text, marked when it is a matched word. Rendered as text nodes (escaped), never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** ts_headline's output (matched words between the control-character markers) as segments. */
export function toSegments(headline: string): Segment[] {
  const out: Segment[] = [];
  let hit = false;
  let buffer = "";
  const flush = () => {
    if (!buffer) return;
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += buffer;
    else out.push({ text: buffer, hit });
    buffer = "";
  };
  for (const c of headline) {
    if (c === MARK_START || c === MARK_END) {
      flush();
      hit = c === MARK_START;
    } else {
      buffer += c;
    }
  }
  flush();
  return out;
}

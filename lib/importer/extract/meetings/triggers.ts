import type { MeetingKind } from "../../types";
import { VISIT_VERB_CUE } from "./places";

/** A phrase that reports an event. `needsCounterpart`: only an event when a person follows `с/со`
 *  (`обсудил … с Ландау`; `Стороны обсудили` alone continues the current meeting). `conference`
 *  triggers need a participation verb, so `подготовки участия страны в Саммите G20` is context. */
export interface TriggerRule {
  kind: MeetingKind;
  re: RegExp;
  /** Substrings of which every match of `re` contains one: a sentence with none of them is not tried
   *  (most sentences name no event; the long patterns are the costly part of reading one). */
  cues: readonly string[];
  needsCounterpart?: boolean;
  /** `провел встречи с A и B`: the plural announces several meetings (see split rule in build-meetings). */
  plural?: boolean;
  /** `принял посла США …`: the counterpart is the accusative object, not a `с/со` phrase. */
  counterpartAfterVerb?: boolean;
  /** `обсудил с …`: says what was discussed; when the sentence names the event some other way
   *  (`по телефону … обсудила с`, `встретился … и обсудил`), that event is the one reported. */
  discussion?: boolean;
}

const W = String.raw`(?:\s+[\p{L}\d-]+)`;
const CONFERENCE_NOUN = String.raw`(?:конференци|саммит|форум|заседани|совещани|сесси|мероприяти|собрани|встреч\p{L}*\s+(?:министров|глав|лидеров)|ежегодн\p{L}*\s+встреч|министерск|круглом столе|диалог\p{L}*\s+«)`;

export const TRIGGERS: readonly TriggerRule[] = [
  { kind: "call", cues: ["телефон", "видеосвяз", "видеоконференц", "онлайн-встреч"], re: /телефонн\p{L}*\s+(?:разговор|переговор|бесед)|по\s+телефону|по\s+видеосвязи|в\s+формате\s+видеоконференции|онлайн-встреч/u },
  { kind: "signing", cues: ["подпис", "скрепили"], re: /(?<!\p{L})(?:подписали|подписал|подписала|подпишут|подпишет|состоялось\s+подписание|скрепили\s+подписями)(?!\p{L})/u },
  {
    kind: "conference",
    cues: ["конференц", "саммит", "форум", "заседан", "совещан", "сесси", "мероприят", "собрани", "встреч", "министерск", "круглом", "диалог"],
    re: new RegExp(
      String.raw`(?:принял\p{L}*\s+участие|примет\s+участие|примут\s+участие|участвовал\p{L}*|выступил\p{L}*|выступит|выступая)[^.;]{0,60}?${CONFERENCE_NOUN}` +
        String.raw`|(?:в|на)\s+${CONFERENCE_NOUN}\p{L}*${W}{0,12}?\s+(?:выступил\p{L}*|выступит)` +
        String.raw`|(?:состоял\p{L}*|состоится|пройдет|прошл\p{L}*)(?:\s+[\p{L}-]+){0,2}?\s+${CONFERENCE_NOUN}` +
        // `встреча глав государств Центральной Азии и США состоится в Вашингтоне`: the noun first.
        String.raw`|(?<!\p{L})(?:встреч[аеуи]\s+(?:глав|лидеров|министров)|саммит\p{L}{0,2}|конференци[яиюе]|форум\p{L}{0,2}|(?:министерск\p{L}+\s+)?заседани[еяюи]|совещани[еяюи])(?!\p{L})[^.;]{0,120}?\s(?:состоится|пройдет|состоялась|состоялся|состоялось|прошла|прошел|прошло|планируется\s+провести)(?!\p{L})`,
      "u",
    ),
  },
  {
    kind: "talks",
    cues: ["переговор", "консультац"],
    re: /(?:провел\p{L}*|проведут|проведет|состоял\p{L}*|состоятся|состоится|прошли|пройдут|планируются|запланирован\p{L}*)(?:\s+[\p{L}\d-]+){0,8}?\s+(?:переговор|консультаци)\p{L}*|(?:переговоры|консультации)\s+(?:с|со)\s/u,
  },
  {
    kind: "meeting",
    cues: ["встреч"],
    re: /(?:провел\p{L}*|проведет|проведут)(?:\s+[\p{L}\d-]+){0,3}?\s+(?:встречи|(?:ряд|серию)(?:\s+[\p{L}-]+){0,2}\s+встреч)(?!\p{L})/u,
    plural: true,
  },
  {
    kind: "meeting",
    cues: ["встреч", "встрет"],
    re: /(?:провел\p{L}*|проведет|проведут)(?:\s+[\p{L}-]+){0,2}\s+встречу|встретил(?:ся|ась|ись)|встретится|встретятся|(?:состоялась|состоится|прошла)\s+встреча|(?:в\s+ходе|на|во\s+время|по\s+итогам)\s+встречи\s+(?:с|со)\s|на\s+встрече\s+(?:с|со)\s|договорил\p{L}*\s+(?:о\s+)?встрет\p{L}*/u,
  },
  { kind: "meeting", cues: ["принял", "примет"], re: /(?<!\p{L})(?:принял|приняла|примет)(?!\p{L})(?!\s+участие)/u, needsCounterpart: true, counterpartAfterVerb: true },
  { kind: "meeting", cues: ["обсуд", "консультац"], re: /(?<!\p{L})(?:обсудил\p{L}*|обсудит|обсудят|провел\p{L}*\s+консультации)(?!\p{L})/u, needsCounterpart: true, discussion: true },
  {
    kind: "visit",
    cues: [VISIT_VERB_CUE, "прибы", "прибуд", "визит"],
    re: /посетит(?!\p{L})|посетят|(?<!\p{L})посетил(?:а|и)?(?!\p{L})|прибыл\p{L}*\s+(?:с|в)|прибудет|прибудут|совершил\p{L}*(?:\s+[\p{L}-]+){0,2}\s+визит|совершит(?:\s+[\p{L}-]+){0,2}\s+визит|находящ\p{L}*\s+с\s+(?:\p{L}+\s+)?визитом|предстоящ\p{L}*(?:\s+[\p{L}\d-]+){0,4}\s+визит|визит\p{L}*(?:\s+[\p{L}-]+){0,6}\s+(?:состоится|планируется|запланирован|ожидается)|(?:намерен\p{L}*|планиру\p{L}*|собира\p{L}*)\s+(?:\p{L}+\s+)?посетить|принял\p{L}*\s+приглашение\s+(?:\p{L}+\s+)?посетить/u,
  },
];

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  text: string;
}

/** Event phrases in a sentence, in the order of the rules (most specific kind first). */
export function findTriggers(text: string): TriggerHit[] {
  const lower = text.toLowerCase();
  const hits: TriggerHit[] = [];
  for (const rule of TRIGGERS) {
    if (!rule.cues.some((cue) => lower.includes(cue))) continue;
    const m = rule.re.exec(lower);
    if (m) hits.push({ rule, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
  }
  const named = hits.some((h) => !h.rule.discussion && h.rule.kind !== "visit");
  return named ? hits.filter((h) => !h.rule.discussion) : hits;
}

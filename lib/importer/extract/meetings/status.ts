import type { MeetingStatus } from "../../types";

const FUTURE =
  /(?<!\p{L})(?:посетит|посетят|посетить|планиру\p{L}*|запланирован\p{L}*|предстоящ\p{L}*|состоится|состоятся|пройдет|пройдут|проведет|проведут|встретится|встретятся|примет|примут|обсудит|обсудят|подпишет|подпишут|прибудет|прибудут|совершит|намерен\p{L}*|ожидается|ожидаются|будет|будут|договорил\p{L}*\s+(?:о\s+)?встрет\p{L}*|приглашение|посетить)(?!\p{L})/u;
const PAST = /(?<!\p{L})(?:провел\p{L}*|встретил\p{L}*|состоял\p{L}*|прошл[аио]|принял\p{L}*|участвовал\p{L}*|выступил\p{L}*|посетил\p{L}*|прибыл\p{L}*|совершил\p{L}*|подписал\p{L}*|обсудил\p{L}*|провели)(?!\p{L})/u;

/** Held or planned, decided by the trigger's own verb when it has a tense (`провел встречу` held,
 *  `посетит` planned); a verbless trigger (`в ходе встречи с`, `визит … в марте`) looks at the words
 *  around it only, so `выразил уверенность, что предстоящие контакты …` elsewhere in the sentence of a
 *  held meeting does not make it planned. */
export function statusOf(triggerText: string, around: string): MeetingStatus {
  const trigger = triggerText.toLowerCase();
  if (FUTURE.test(trigger)) return "planned";
  if (PAST.test(trigger)) return "held";
  return FUTURE.test(around.toLowerCase()) ? "planned" : "held";
}

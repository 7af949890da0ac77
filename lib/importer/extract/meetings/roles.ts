import type { TriggerHit } from "./triggers";
import { canBe, type MentionIn } from "./input";
import { caseOf, parseWord } from "../people/morph";
import { titleHeadParse } from "../people/word-class";

export type Role = "subject" | "counterpart" | "attendee";

export interface RoleHit {
  name: string;
  role: Role;
}

/** `с/со`, also opening a sentence: `С министром … казахстанский министр обсудил …`. */
const WITH = /(?<!\p{L})(?:с|со|между)\s/giu;
const ATTENDEE_MARKER = /(?:по\s+приглашению|с\s+участием|при\s+участии|в\s+присутствии|под\s+(?:со)?председательством|организованн\p{L}*|модератор\p{L}*)(?:\s+[\p{L}\d.-]+){0,8}\s*$/u;
/** `Госсекретарь вместе с министрами … Кулубаевым, … и Тлеуберди проведет министерскую встречу`: those a
 *  gathering's subject holds it together with take part in it. */
const TOGETHER_WITH = /(?<!\p{L})вместе\s+со?(?:\s+[\p{L}\d.-]+){0,8}\s*$/iu;
const MAX_WORDS_AFTER_WITH = 16;
/** `телефонный разговор Заместителя Премьер-Министра – Министра иностранных дел Республики Казахстан
 *  Мухтара Тлеуберди с …`: the owner in the genitive may stand behind a long post. */
const OWNER_REACH = 140;
/** `переговоры между`, `телефонный разговор между президентами`, `встреча глав МИД двух стран между собой`. */
const BETWEEN_REACH = 40;
/** A trigger ending in an event noun owns the genitive that follows: `переговоры Президента Токаева с
 *  …`, `визит госсекретаря Рубио в Астану`; a verb does not (`побеседовал …, передал приветствие от Токаева`). */
const OWNS_EVENT_NOUN = /(?<!\p{L})(?:видео|теле)?(?:переговор|консультаци|встреч|визит|разговор|бесед|при[её]м|церемони|подписани)(?!\p{L}*(?:л|ла|ли|лся|лась|лись|ть|ться)$)\p{L}*$/u;

/** The trigger is an event noun, or a marker before one (`Телефонный разговор Главы государства …`). */
function ownsEventNoun(text: string, trigger: TriggerHit): boolean {
  if (OWNS_EVENT_NOUN.test(trigger.text.toLowerCase())) return true;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(trigger.end))?.[1]?.toLowerCase() ?? "";
  return OWNS_EVENT_NOUN.test(next);
}

/** `По словам посла`, `по мнению министра`: the source of what the sentence reports. */
const ATTRIBUTION = /(?:^|[\s,])по\s+(?:словам|мнению|данным|информации|оценке)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** `…, что ` opening the clause a speaker reports, and the position where it starts (-1: none before);
 *  or the speaker put first (`Как сообщила Джуди Куо, …`, `По словам посла, …`), the clause after the comma. */
const REPORTED_CLAUSE = /,\s*что\s|(?:^|\s)(?:[Кк]ак\s+(?:сообщил|заявил|рассказал|отметил|пояснил|уточнил|подчеркнул)\p{L}*|[Пп]о\s+словам)\s+[^,.;:!?]{1,80},\s/gu;

export function reportedClauseStart(text: string, before: number): number {
  let at = -1;
  for (const m of text.slice(0, before).matchAll(REPORTED_CLAUSE)) at = m[0].startsWith(",") ? m.index : m.index + m[0].length - 1;
  return at;
}

/** `… с руководителями компаний, среди которых были …`, `… с сенаторами, в том числе …`: the members of the group met. */
const AMONG_THE_GROUP_MET = /^[^.;:!?]*?(?<!\p{L})(?:с|со)\s+[^.;:!?]{1,100},\s*(?:среди\s+которых|в\s+том\s+числе|включая)(?!\p{L})[^.;:!?]*$/u;

/** `…, а вечером того же дня …`: a clause opposed to the one before, telling another event (not `, а также`). */
const EARLIER_CLAUSE = /,\s*а\s(?!также)/u;

/** A clause of its own after the event's: `…, где …`, `…, после чего …`, `…, а затем …`. */
const LATER_CLAUSE = /,\s*(?:где|куда|когда|после\s+чего|а\s+затем|а\s+потом|а\s+позже)(?!\p{L})/u;

/** `А и сенатором Б`, `А, послом Б`: the text between two listed people. */
// `… Асловым (Таджикистан), Рашидом Мередовым (Туркмения) и …`: a country in brackets may follow each name.
const INTENT_OF = /(?<!\p{L})(?:согласи[ея]|намерени[ея]|готовност[ьи]|желани[ея]|решени[ея])\s+(?:[\p{L}-]+\s+){0,6}$/iu;
const INTENT_REACH = 90;

/** `Помимо казахстанского лидера, американский президент встретится с …`: someone set apart from the event told. */
const BESIDES = /(?<!\p{L})(?:помимо|кроме)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
const setApart = (text: string, m: MentionIn) => BESIDES.test(text.slice(0, m.start));
const JOINED = /^\s*(?:\([^()]{1,40}\)\s*)?(?:,|и)\s+[^.;:!?,]*$/u;

/** `принял делегацию Конгресса США во главе с сенатором …`, `встреча … с делегацией …, которую возглавил
 *  конгрессмен …`: the head of the delegation received. A long title may hold commas (`во главе с
 *  председателем подкомитета по Европе, Евразии и новым угрозам … Даной Рорабакером`), a relative clause not. */
const HEADED_BY = /во\s+главе\s+с\s+(?:(?!котор|где|когда)[\p{L}\d-]+,?\s+){0,16}$|делегаци\p{L}*[^.;:!?]*,\s*котор(?:ую|ая|ой)\s+(?:\p{L}+\s+)?(?:возглав|руковод)\p{L}*\s+(?:[\p{L}\d-]+\s+){0,8}$/u;

function leadsDelegation(before: string): boolean {
  return HEADED_BY.test(before);
}

/** `… с первым заместителем госсекретаря США Кристофером Ландау`: the mention closes a `с/со` phrase
 *  of at most sixteen words (long titles, `и` between two counterparts) with no clause break. */
function isWithPhrase(text: string, mention: MentionIn, trigger: TriggerHit): boolean {
  if (!canBe(mention, "ablt")) return false;
  // A bare post (`глава правительства`) has no case of its own: its first word tells.
  if (mention.grammaticalCase === null && !mention.possibleCases?.length && !wordCanBe(trigger, mention, "ablt")) return false;
  const before = text.slice(0, mention.start);
  let last = -1;
  for (const m of before.matchAll(WITH)) last = m.index ?? -1;
  if (last < 0) return false;
  // `имени Е. А. Букетова`: an initial's full stop ends no sentence.
  const between = before.slice(last).replace(/(?<!\p{L})\p{Lu}\./gu, "И");
  // `вместе с министрами …`: company in the act, not the other side.
  if (/(?<!\p{L})вместе\s*$/iu.test(before.slice(Math.max(0, last - 8), last))) return false;
  if (/^(?:с|со)\s+участием/iu.test(between) || /[.;:!?]|,\s*(?:что|который|которая|где)\s/u.test(between)) return false;
  return between.split(/\s+/).length <= MAX_WORDS_AFTER_WITH;
}

/** The one `принял` receives: the accusative object after the verb, or before it when the case leaves
 *  no doubt (`Джона Керри примет Президент`). */
/** `Американского посла принял аким области`: the host after the verb told by a post in the nominative (a place or
 *  «у себя» may stand between: `премьера принимал у себя глава …`). */
const HOST_POST_AFTER = /^\s+(?:у\s+себя\s+|(?:в|во)\s+(?:сво\p{L}+\s+)?[\p{L}-]+\s+)?(?:[\p{L}-]+\s+)?(?:аким|хозяин|глава|министр|председатель|президент|вице-президент|губернатор|мэр|премьер-министр|вице-премьер|руководитель|спикер)(?!\p{L})/iu;

/** `Во вторник казахстанского министра принимали в Пентагоне. Дональд Рамсфелд …`: received by an institution
 *  (the verb in the plural with no subject), whose head the next sentence names. */
const BY_INSTITUTION = /^\s+(?:в|во)\s+(?:Пентагоне|Белом\s+доме|Капитолии|Госдепартаменте|Государственном\s+департаменте|[Мм]инистерстве\s+\p{L}+|Минэнерго|Минфине|Минторге|Минобороны|Конгрессе|Сенате|Акорде|Ак\s*Орде)(?!\p{L})/u;

export function receivedByInstitution(verb: string, after: string): boolean {
  return /^(?:принимали|приняли)$/iu.test(verb) && BY_INSTITUTION.test(after);
}

function receivedObject(m: MentionIn, trigger: TriggerHit, before: string, mentions: readonly MentionIn[], after = ""): boolean {
  if (m.start > trigger.end) return canBe(m, "accs") || canBe(m, "gent") || leadsDelegation(before);
  if (m.end > trigger.start || m.preposition) return false;
  if (m.grammaticalCase === "accs" || m.grammaticalCase === "gent") return true;
  // `Джона Керри примет Президент …`: an object that cannot be the subject, with the subject after the verb;
  // a post standing for someone (`американского сенатора принял …`) read through its first word.
  const undecided = m.grammaticalCase === null && !m.possibleCases?.length;
  // `акима принял губернатор …`: a post the dictionary only guesses (`аким`) read through the people module's guesses.
  const guessed = undecided ? postCases(trigger, m) : [];
  // The word's readings as a post decide when it has any (`премьера` is a premiere in the nominative too).
  const object = undecided
    ? guessed.length > 0
      ? (guessed.includes("accs") || guessed.includes("gent")) && !guessed.includes("nomn")
      : wordCanBe(trigger, m, "accs") && !wordCanBe(trigger, m, "nomn")
    : canBe(m, "accs") && !canBe(m, "nomn");
  return object && (mentions.some((o) => o.start > trigger.end && o.grammaticalCase === "nomn") || HOST_POST_AFTER.test(after) || receivedByInstitution(trigger.text, after));
}

/** `передал Председателю Сената приглашение посетить …` (not `принял приглашение посетить`, whose subject goes). */
const HANDED_INVITATION = /(?<!\p{L})(?:передал|вручил|направил|озвучил)\p{L}*\s[^.;:!?]*приглашени\p{L}*\s+$/iu;

/** `Назарбаев стал первым …, которого Клинтон принял`, `министр, с которым встретился посол`: the person
 *  a relative clause's object stands for — the last named before the pronoun that opens the clause
 *  holding the trigger. */
const RELATIVE_OBJECT = /,\s*котор(?:ого|ую|ых)\s[^,.;:!?]*$/u;
const RELATIVE_WITH = /,\s*(?:с|со)\s+котор(?:ым|ой|ыми)\s[^,.;:!?]*$/u;
/** The pronoun as the clause's subject; a parenthesis may stand in it (`, который, по данным …, посетит`). */
export const RELATIVE_SUBJECT = /,\s*котор(?:ый|ая|ые)(?!\p{L})[^.;:!?]*$/u;

function isAntecedent(text: string, m: MentionIn, trigger: TriggerHit, mentions: readonly MentionIn[], pronoun: RegExp): boolean {
  if (m.end > trigger.start) return false;
  const clause = pronoun.exec(text.slice(0, trigger.start));
  if (!clause || clause.index < m.end) return false;
  return !mentions.some((o) => o !== m && o.start >= m.end && o.end <= clause.index);
}

/** A mention of undecided case (a bare post: `Главой государства`) read through its first word. */
function wordCanBe(trigger: TriggerHit, m: MentionIn, c: string): boolean {
  const word = trigger.words.find((w) => w.start === m.start);
  return !!word?.readings.some((r) => r.case === c);
}

/** The cases of a post's head word among the dictionary's guesses for it (nouns whose lemma is a post). */
function postCases(trigger: TriggerHit, m: MentionIn): (string | null)[] {
  const word = trigger.words.find((w) => w.start === m.start)?.text ?? "";
  // A reading whose lemma is itself a post (`премьер`), not one that only looks like a form of one (`премьера`, a premiere).
  return parseWord(word).filter((p) => p.tag.POS === "NOUN" && isPostLemma(p.normalize().word)).map(caseOf);
}

function isPostLemma(lemma: string): boolean {
  const head = titleHeadParse(lemma);
  return head === "indeclinable" || (head !== null && head.normalize().word === lemma);
}

/** `парламентарии, сопровождаемые послом США Ларри Нэппером, были приняты министром …`: the one in the
 *  instrumental of another passive participle accompanies the guests; he does not receive them. */
const ACCOMPANIED_BY = /(?<!\p{L})сопровождаем\p{L}*\s+(?:[\p{L}-]+\s+){0,4}$/u;

const HOST_REACH = 120;
/** `Токаеву предстоят переговоры`, `министру предстоит встреча`: the verb right between the dative and the event. */
const AHEAD_OF_DATIVE = /^\s+(?:\p{L}+\s+)?предсто(?:ит|ят|яли|яло|яла)\s+(?:\p{L}+\s+)?$/u;
function hostAfter(text: string, trigger: TriggerHit, m: MentionIn): boolean {
  return m.start > trigger.end && m.start - trigger.end <= HOST_REACH && !/[,;:.!?]/.test(text.slice(trigger.end, m.start));
}

/** `собеседником Абдрахманова стал помощник президента Герберт Макмастер`: the owner in the genitive right after
 *  the noun is the subject, the one named in the nominative after it the counterpart. Told by a pronoun (`его
 *  собеседником стал …`), the subject is left for the story to give. */
function interlocutorRoles(ordered: readonly MentionIn[], trigger: TriggerHit): RoleHit[] {
  const after = ordered.filter((m) => m.start >= trigger.end);
  const counterpart = after.find((m) => m.grammaticalCase === "nomn" || (m.grammaticalCase === null && (m.possibleCases ?? []).includes("nomn")));
  if (!counterpart) return [];
  const owner = after.find((m) => m.end <= counterpart.start && canBe(m, "gent"));
  return [...(owner ? [{ name: owner.name, role: "subject" as const }] : []), { name: counterpart.name, role: "counterpart" }];
}

/** Who is who in a trigger sentence. Counterparts follow `с/со` (or are the accusative object of
 *  `принял`); attendees are named after `по приглашению`, `с участием`, … ; the subject is in the
 *  nominative (or of unknown case, e.g. indeclinable `Рубио`). Genitive mentions are context
 *  (`визита Президента Токаева`) unless they belong to the event noun (`визит Рубио в Астану`). */
/** `накануне приезда`, `после визита`, `до прилета американского …`: the trip of the one named next only tells when. */
export const ARRIVAL_FRAME = /(?<!\p{L})(?:накануне|после|до|перед|в\s+день)\s+(?:его\s+|ее\s+|её\s+)?(?:приезда|визита|прилета|прилёта|прибытия)\s+(?:[\p{L}-]+(?:ого|его|ой|ей|ых|их)\s+)?$/iu;

export function rolesIn(text: string, mentions: readonly MentionIn[], trigger: TriggerHit): RoleHit[] {
  const roles: RoleHit[] = [];
  const add = (name: string, role: Role) => {
    if (!roles.some((r) => r.name === name)) roles.push({ name, role });
  };
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  // `Главой государства был принят сенатор Дэйнс`: the agent in the instrumental hosts, the one
  // received (nominative) is the counterpart.
  if (trigger.rule.passive) {
    // `Д.Лу будет принят … Романом Скляром`: a name of any case (undeclined) is the agent only where no
    // other name is surely in the instrumental and it follows the verb.
    const surelyAgent = ordered.some((o) => o.grammaticalCase === "ablt");
    const undecidedAgent = (m: MentionIn) => (m.possibleCases ?? []).includes("ablt") && (!m.possibleCases?.includes("nomn") || (!surelyAgent && m.start > trigger.end));
    for (const m of ordered) {
      // `… принял Саммерс, а вечером того же дня Жандосов был принят Фишером`: an earlier clause's people.
      if (m.end <= trigger.start && EARLIER_CLAUSE.test(text.slice(m.end, trigger.start))) continue;
      const agent = m.grammaticalCase ? m.grammaticalCase === "ablt" : m.possibleCases?.length ? undecidedAgent(m) : wordCanBe(trigger, m, "ablt");
      const before = text.slice(0, m.start);
      if (ATTENDEE_MARKER.test(before) || ACCOMPANIED_BY.test(before)) add(m.name, "attendee");
      else if (agent && !m.preposition) add(m.name, "subject");
      else if (canBe(m, "nomn")) add(m.name, "counterpart");
    }
    return roles;
  }
  // `… встретился с А, а затем побывал в Капитолии, где его принял Б`: who an earlier clause named is not in
  // the event a later clause tells with a subject of its own (`…, где прошли встречи` has none: it goes on
  // with the people before).
  const ownSubject = ordered.some((o) => o.start > trigger.end && o.grammaticalCase === "nomn");
  ordered.forEach((m, k) => {
    if (ownSubject && m.end <= trigger.start && LATER_CLAUSE.test(text.slice(m.end, trigger.start))) return;
    const before = text.slice(0, m.start);
    if (setApart(text, m)) return;
    const marker = ATTENDEE_MARKER.exec(before) ?? (trigger.rule.kind === "conference" ? TOGETHER_WITH.exec(before) : null);
    // The marker governs the name right after it: `в присутствии гостя министр … подписал` — the minister
    // named next is the subject again.
    const previous = ordered[k - 1];
    if (marker && !(previous && previous.end > marker.index)) add(m.name, "attendee");
    // `с участием госсекретаря А и министра Б`: the list the marker opens goes on.
    else if (previous && roles.some((r) => r.name === previous.name && r.role === "attendee") && JOINED.test(text.slice(previous.end, m.start))) add(m.name, "attendee");
    // `у Председателя Сената A состоялась встреча с B`: the host in «у» + genitive.
    // … also after the verb with a long title between (`побывал у председателя Агентства по регулированию
    // и развитию финансового рынка Мадины Абылкасымовой`), within the clause.
    // … not a host of an earlier clause (`побывал у министра обороны А, после чего прошли его переговоры с Б`).
    else if (m.preposition === "у" && ((m.end <= trigger.start + 80 && !/,/.test(text.slice(m.end, trigger.start))) || hostAfter(text, trigger, m)) && canBe(m, "gent")) add(m.name, "subject");
    // `Делегация … во главе с А провела встречи`: the head of the delegation acting is its subject.
    else if (m.end <= trigger.start && leadsDelegation(before)) add(m.name, "subject");
    else if (m.start > trigger.end && leadsDelegation(before)) add(m.name, "counterpart");
    else if (isAntecedent(text, m, trigger, ordered, trigger.rule.counterpartAfterVerb ? RELATIVE_OBJECT : RELATIVE_WITH)) add(m.name, "counterpart");
    // `встретился с руководителями американских компаний, среди которых были … А и … Б`: the people the group
    // met is made of, named in any case.
    else if (m.start > trigger.end && AMONG_THE_GROUP_MET.test(text.slice(trigger.end, m.start))) add(m.name, "counterpart");
    else if (trigger.rule.counterpartAfterVerb ? receivedObject(m, trigger, before, ordered, text.slice(trigger.end)) : isWithPhrase(text, m, trigger)) add(m.name, "counterpart");
    // `Керри собрал за одним столом министров … – А, Б, В`: those a convener gathered, in the accusative.
    // (`министров … Казахстана Ерлана Идрисова`: a name read as genitive after its title may be that accusative.)
    else if (trigger.rule.kind === "conference" && !trigger.nominal && m.start > trigger.end && !m.preposition && (canBe(m, "accs") || !!m.possibleCases?.includes("accs"))) add(m.name, "counterpart");
    // `вручил копии верительных грамот министру …`: the recipient in the dative.
    else if (trigger.rule.counterpartDative && m.start > trigger.end && m.grammaticalCase === "datv") add(m.name, "counterpart");
    // `… с председателем подкомитета … А и сенатором Б`: a second counterpart joined to the first,
    // however long the first one's title.
    else if (previous && roles.some((r) => r.name === previous.name && r.role === "counterpart") && canBe(m, "ablt") && JOINED.test(text.slice(previous.end, m.start))) {
      add(m.name, "counterpart");
    }
  });
  // `Кошербаев пригласил законодателей посетить Казахстан`: the visitors are the invited, not the host.
  const invitation = trigger.rule.kind === "visit" && /пригласил/u.test(trigger.text.toLowerCase());
  const handedInvitation = trigger.rule.kind === "visit" && HANDED_INVITATION.test(text.slice(0, trigger.start));
  // `Посол сообщил, что в июле Алматы посетит помощник госсекретаря Роберт Блейк`: a reported verb with a
  // subject of its own in the clause leaves the speaker out as well.
  const clauseStart = reportedClauseStart(text, trigger.start);
  const clauseSubject = clauseStart >= 0 && ordered.some((m) => m.start > clauseStart && m.grammaticalCase === "nomn");
  const speakerUntil = trigger.nominal || clauseSubject ? clauseStart : -1;
  // `встретится с министром Бодманом, который намерен посетить Казахстан`: a verb in a relative clause has
  // the pronoun's antecedent for its subject; the main clause's subject is not in that event.
  const antecedent = trigger.nominal || roles.some((r) => r.role === "subject") ? undefined : ordered.find((m) => isAntecedent(text, m, trigger, ordered, RELATIVE_SUBJECT));
  if (antecedent) add(antecedent.name, "subject");
  // `Переговоры заместителя министра … А и помощника госсекретаря США по делам Южной и Центральной Азии Б`:
  // an owner joined to the one before by «и» belongs to the event noun however long the titles between.
  let owner: MentionIn | null = null;
  for (const m of ordered) {
    if (setApart(text, m)) continue;
    if (antecedent && m.end <= antecedent.end && !roles.some((r) => r.name === m.name)) continue;
    // `По словам посла, …`: who tells of the event is not in it; nor is one whose arrival only dates it
    // (`Накануне приезда посла Турегалиев провел переговоры с …`).
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if ((ATTRIBUTION.test(before) || ARRIVAL_FRAME.test(before)) && !roles.some((r) => r.name === m.name)) continue;
    // `Глава МИД отметил, что предстоящий визит придаст импульс …`: who speaks of an event named by its
    // noun in the reported clause is not thereby in it (a verb's subject would be inside the clause).
    if (m.end <= speakerUntil && !roles.some((r) => r.name === m.name)) continue;
    // `… встретился с А, а затем побывал в Капитолии, где его принял Б`: the one named in a later clause is
    // that clause's, not the subject of the event before it.
    if (m.start > trigger.end && LATER_CLAUSE.test(text.slice(trigger.end, m.start)) && !roles.some((r) => r.name === m.name)) continue;
    if (invitation) {
      if (m.start > trigger.start && canBe(m, "accs")) add(m.name, "subject");
    } else if (handedInvitation) {
      // `А передал Б приглашение посетить Вашингтон`: the one handed it, in the dative, is the visitor.
      if (m.end <= trigger.start && canBe(m, "datv") && !m.preposition) add(m.name, "subject");
    } else if (canBe(m, "nomn")) add(m.name, "subject");
    else if (canBe(m, "gent") && ownsEventNoun(text, trigger) && m.start >= trigger.end && (m.start - trigger.end < OWNER_REACH || (owner !== null && JOINED.test(text.slice(owner.end, m.start))))) {
      add(m.name, "subject");
      owner = m;
    }
  }
  // `поездка … Алана Эстевеса, встречавшегося с министром …`, `Пайетт, в октябре обсуждавший с министром …`:
  // an active participle's subject is the person it follows, set off by a comma, in the participle's case.
  if (!roles.some((r) => r.role === "subject")) {
    const participle = trigger.words.find((w) => w.start === trigger.start)?.readings.filter((r) => r.pos === "PRTF" && r.voice !== "pssv") ?? [];
    const cases = new Set(participle.map((r) => r.case));
    const head = [...ordered].reverse().find((m) => m.end <= trigger.start && /^\s*(?:\([^()]{1,40}\))?\s*,\s*(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(m.end, trigger.start)));
    if (head && participle.length > 0 && (head.grammaticalCase === null ? (head.possibleCases ?? []).some((c) => cases.has(c)) : cases.has(head.grammaticalCase))) add(head.name, "subject");
  }
  // `согласие министра обороны США Дональда Рамсфелда приехать в Казахстан`: whose consent, intention or
  // readiness the trip is, in the genitive, before its infinitive.
  if (!roles.some((r) => r.role === "subject")) {
    const owner = ordered.find((m) => m.end <= trigger.start && canBe(m, "gent") && INTENT_OF.test(text.slice(Math.max(0, m.start - INTENT_REACH), m.start)) && /^[\s\p{L}-]{0,12}$/u.test(text.slice(m.end, trigger.start)));
    if (owner) add(owner.name, "subject");
  }
  // `В четверг Токаеву предстоят переговоры с …`: who has an event ahead is named in the dative.
  if (!roles.some((r) => r.role === "subject")) {
    const ahead = ordered.find((m) => m.end <= trigger.start && canBe(m, "datv") && !m.preposition && AHEAD_OF_DATIVE.test(text.slice(m.end, trigger.start)));
    if (ahead) add(ahead.name, "subject");
  }
  // `собеседником Абдрахманова стал помощник президента …`, `Первым его собеседником стал министр …`: the one
  // who became the interlocutor is the other side of the one whose interlocutor he became.
  if (trigger.rule.id === "interlocutor") return interlocutorRoles(ordered, trigger);
  // `переговоры между A и B`: both sides follow the preposition; the first named stands as the subject.
  const first = roles.find((r) => r.role === "counterpart");
  // Only `между` governed by the event's word, not `посвящена развитию контактов между людьми`.
  if (first && !roles.some((r) => r.role === "subject") && /(?<!\p{L})между\s/iu.test(text.slice(trigger.end, trigger.end + BETWEEN_REACH))) first.role = "subject";
  return roles;
}

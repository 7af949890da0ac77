import type { MeetingKind } from "../../types";

/**
 * The predicates that report a meeting, by lemma: nouns (`встреча`), verbs in every form az reads —
 * finite, infinitive, participle, gerund (`встретился`, `встретиться`, `встретившийся`, `встретившись`).
 * Each names the event's kind and how its people are found (the slots `roles.ts` fills by case and
 * preposition). A rule is one way of reporting; `triggers.ts` reads a sentence against this table.
 */
export interface TriggerRule {
  id: string;
  kind: MeetingKind;
  /** Only an event when a person follows `с/со`/`между` (or the object of `принять`). */
  needsCounterpart?: boolean;
  /** `принял посла США …`: the counterpart is the accusative object, not a `с/со` phrase. */
  counterpartAfterVerb?: boolean;
  /** `вручил копии верительных грамот министру …`: the counterpart is in the dative. */
  counterpartDative?: boolean;
  /** `посол была принята главой государства`: the host is the agent in the instrumental. */
  passive?: boolean;
  /** `обсудил с …`: says what was discussed; a sentence that names its event otherwise reports that. */
  discussion?: boolean;
  /** `провел встречи с A и B`: several meetings announced at once. */
  plural?: boolean;
  /** `У акима … побывала генконсул …`: only an event with a host in «у» + genitive. */
  needsHost?: boolean;
}

const rule = (r: TriggerRule): TriggerRule => r;

export const RULES = {
  call: rule({ id: "call", kind: "call" }),
  signing: rule({ id: "signing", kind: "signing" }),
  conference: rule({ id: "conference", kind: "conference" }),
  talks: rule({ id: "talks", kind: "talks" }),
  meetings: rule({ id: "meetings", kind: "meeting", plural: true }),
  /** `по видеосвязи поочередно провел встречи с A, Б и В`: several calls announced at once. */
  calls: rule({ id: "calls", kind: "call", plural: true }),
  meeting: rule({ id: "meeting", kind: "meeting" }),
  /** `собеседником министра стал …`: only an event with the one who became the interlocutor named. */
  interlocutor: rule({ id: "interlocutor", kind: "meeting", needsCounterpart: true }),
  receive: rule({ id: "receive", kind: "meeting", needsCounterpart: true, counterpartAfterVerb: true }),
  received: rule({ id: "received", kind: "meeting", passive: true, needsCounterpart: true }),
  credentials: rule({ id: "credentials", kind: "meeting", counterpartDative: true }),
  /** `Министр позвонил госсекретарю …`: a call to someone named in the dative. */
  phoned: rule({ id: "phoned", kind: "call", counterpartDative: true }),
  discussion: rule({ id: "discussion", kind: "meeting", needsCounterpart: true, discussion: true }),
  visit: rule({ id: "visit", kind: "visit" }),
  hosted: rule({ id: "hosted", kind: "meeting", needsHost: true }),
  signed: rule({ id: "signed", kind: "signing", passive: true }),
} as const;

export type RuleId = keyof typeof RULES;

/** Verb forms az gives a lemma in: finite, infinitive, full and short participles, gerund. */
export const VERB_FORMS = ["VERB", "INFN", "PRTF", "PRTS", "GRND"] as const;

/** How a lemma must appear to report an event. */
export interface Entry {
  rule: RuleId;
  /** A noun reports an event only in a frame (`triggers.ts`): a support verb, `с/между` + person, a
   *  relative clause; a marker (`телефонный`, `видеосвязь`) only names the medium of one. */
  as: "verb" | "noun" | "marker";
  /** Lemmas of the next word that make it something else (`принял участие`, `принял решение`). */
  notBefore?: readonly string[];
  /** Lemmas of the word before (past an auxiliary: `кодекс будет принят`) that make it part of another
   *  event (`панельная сессия` of a forum) or no event. */
  notAfter?: readonly string[];
  /** Only with one of these (folded substrings) in the sentence: `вручил … верительных грамот`. */
  withCue?: readonly string[];
  /** Not with one of these (folded substrings) in the sentence: the sentence tells its event otherwise. */
  withoutCue?: readonly string[];
  /** Only passive short participles (`принят`, `принята`). */
  passiveOnly?: boolean;
  /** Only active forms (not `подписанное соглашение`, `принятый закон`). */
  activeOnly?: boolean;
  /** Not after an event noun in the sentence: `Саммит собрал лидеров` tells the summit (the verb then
   *  only supports the noun), `Госсекретарь собрал министров` a gathering of its own. */
  personSubject?: boolean;
}

// `Принимает встречу президент США`: a gathering hosted (`встреча`, `саммит`, `форум` as the object) receives nobody.
const NOT_RECEIVED = ["участие", "решение", "встреча", "саммит", "форум", "конференция", "сессия", "заседание", "мера", "закон", "заявление", "резолюция", "программа", "присяга", "приглашение", "поздравление", "пакет", "поправка", "документ", "концепция", "стратегия", "бюджет", "декларация", "меры", "активный", "непосредственный", "личный", "к"];

/** `новый Налоговый кодекс будет принят до лета`: a thing adopted, not a person received. */
const ADOPTED = [...NOT_RECEIVED.filter((w) => w !== "к" && w !== "участие"), "кодекс", "указ", "постановление", "план", "соглашение", "меморандум", "проект", "поправки"];

/** `Выступая на панельной сессии …`: a part of the gathering told, not another (a plenary session is how the
 *  gathering itself is often told). */
const PART_OF_GATHERING = ["панельный", "секционный"];

/** `встретил глава региона`, `встречал хозяин области`, `встретил первый руководитель`: a head by post meeting a guest. */
const MET_BY_HEAD = ["встретил", "встречал"].flatMap((verb) => ["", "а", "и"].flatMap((end) => ["глава", "аким", "хозяин", "первый руководитель", "руководитель", "председатель", "губернатор", "мэр"].map((post) => `${verb}${end} ${post}`)));

/** `его ждал`, `гостя ждала`, `посла ждал`: a guest waited for by the one named after (not `ждал ответа`). */
const WAITED_BY = ["его", "ее", "её", "их", "гостя", "гостью", "гостей", "посла", "министра", "делегацию"].map((guest) => `${guest} ждал`);

/** The lexicon: lemma → how it reports an event. Lemmas are az's, folded (ё → е). */
export const LEXICON: ReadonlyMap<string, readonly Entry[]> = new Map<string, Entry[]>([
  // calls: the medium makes a talk a call (`телефонный разговор`, `по телефону`, `по видеосвязи`)
  ["телефонный", [{ rule: "call", as: "marker" }]],
  ["телефон", [{ rule: "call", as: "marker" }]],
  ["видеосвязь", [{ rule: "call", as: "marker" }]],
  // az strips the prefix: `видеосвязи` is read as `связь`.
  ["связь", [{ rule: "call", as: "marker", withCue: ["видеосвяз"] }]],
  ["видеоконференция", [{ rule: "call", as: "marker" }]],
  ["видеоконференц-связь", [{ rule: "call", as: "marker" }]],
  ["видеозвонок", [{ rule: "call", as: "marker" }]],
  ["созвониться", [{ rule: "call", as: "verb" }]],
  ["позвонить", [{ rule: "phoned", as: "verb" }]],
  ["телемост", [{ rule: "call", as: "noun" }]],
  // signings
  ["подписать", [{ rule: "signing", as: "verb", activeOnly: true }, { rule: "signed", as: "verb", passiveOnly: true }]],
  ["подписание", [{ rule: "signing", as: "noun" }]],
  ["скрепить", [{ rule: "signing", as: "verb", withCue: ["подпис"] }]],
  // `Подписи под документом поставили министр … и посол …`.
  ["поставить", [{ rule: "signing", as: "verb", withCue: ["подписи под", "свои подписи", "подписи на"], activeOnly: true }]],
  // talks
  ["переговоры", [{ rule: "talks", as: "noun" }]],
  ["переговор", [{ rule: "talks", as: "noun" }]],
  ["консультация", [{ rule: "talks", as: "noun" }]],
  ["раунд", [{ rule: "talks", as: "noun" }]],
  // meetings
  ["встреча", [{ rule: "meeting", as: "noun" }]],
  ["беседа", [{ rule: "meeting", as: "noun" }]],
  // `нашел время для разговора с казахстанским коллегой`: a talk with someone named (not `в ходе разговора`, told of a call).
  ["разговор", [{ rule: "meeting", as: "noun", withCue: ["разговор с ", "разговора с ", "разговоре с ", "разговором с ", "разговору с "] }]],
  ["прием", [{ rule: "meeting", as: "noun" }]],
  // `Первым его собеседником стал министр …`, `собеседником Абдрахманова стал помощник президента …`: the one who
  // became someone's interlocutor met them (framed by «стать» or «быть» in `triggers.ts`).
  ["собеседник", [{ rule: "interlocutor", as: "noun", withCue: ["собеседником", "собеседницей", "собеседниками"] }]],
  // `дал в честь гостьи ужин`: a dinner given for a guest is a meeting with them.
  // `сидела за ужином с Президентом …`: a dinner with someone is a meeting with them too.
  ["ужин", [{ rule: "meeting", as: "noun", withCue: ["в чест", "за ужином с ", "ужин с "] }]],
  ["обед", [{ rule: "meeting", as: "noun", withCue: ["в чест"] }]],
  // `Накануне вечером господин Морнингстар ужинал с министром …`: dining with someone is meeting them.
  ["ужинать", [{ rule: "meeting", as: "verb" }]],
  ["поужинать", [{ rule: "meeting", as: "verb" }]],
  ["пообедать", [{ rule: "meeting", as: "verb" }]],
  ["встретиться", [{ rule: "meeting", as: "verb" }]],
  ["встречаться", [{ rule: "meeting", as: "verb" }]],
  // `С Токаевым мы виделись во вторник`: seeing someone is meeting them.
  ["видеться", [{ rule: "meeting", as: "verb" }]],
  ["побеседовать", [{ rule: "meeting", as: "verb" }]],
  ["переговорить", [{ rule: "meeting", as: "verb" }]],
  ["побывать", [{ rule: "hosted", as: "verb" }]],
  ["церемония", [{ rule: "meeting", as: "noun", notBefore: ["подписание", "вручение"] }]],
  ["провести", [{ rule: "discussion", as: "verb", withCue: ["консультац"] }]],
  ["принять", [{ rule: "receive", as: "verb", notBefore: NOT_RECEIVED, activeOnly: true }, { rule: "received", as: "verb", passiveOnly: true, notAfter: ADOPTED }]],
  ["принятый", [{ rule: "received", as: "verb", passiveOnly: true, notAfter: ADOPTED }]],
  ["принимать", [{ rule: "receive", as: "verb", notBefore: NOT_RECEIVED, activeOnly: true }]],
  // `В акимате гостя встретил хозяин области. Аким … рассказал …`: a region's or city's head meeting a guest,
  // told by post (a minister met off the plane is a welcome).
  ["встретить", [{ rule: "receive", as: "verb", activeOnly: true, withCue: MET_BY_HEAD }]],
  ["встречать", [{ rule: "receive", as: "verb", activeOnly: true, withCue: MET_BY_HEAD }]],
  // `… в Министерство обороны, где его ждал Мухтар Алтынбаев`, `гостя ждал министр …`: the host waiting for the guest.
  ["ждать", [{ rule: "receive", as: "verb", activeOnly: true, withCue: WAITED_BY }]],
  ["вручить", [{ rule: "credentials", as: "verb", withCue: ["грамот"] }]],
  ["вручение", [{ rule: "credentials", as: "noun", withCue: ["грамот"] }]],
  ["передать", [{ rule: "credentials", as: "verb", withCue: ["грамот"], activeOnly: true }]],
  ["обсудить", [{ rule: "discussion", as: "verb" }]],
  ["обсуждать", [{ rule: "discussion", as: "verb" }]],
  // visits
  ["посетить", [{ rule: "visit", as: "verb", activeOnly: true }]],
  ["прибыть", [{ rule: "visit", as: "verb" }]],
  // `В понедельник в Астану с визитом прибывает …`: the wire's present of an arrival.
  ["прибывать", [{ rule: "visit", as: "verb", notAfter: ["начать", "начинать", "продолжать", "продолжить", "стать"] }]],
  ["приехать", [{ rule: "visit", as: "verb" }]],
  // `Посол пообещал вернуться в Караганду весной`: a promised return is a planned trip (not a homecoming);
  // `… вернуться весной и вновь встретиться с акимом` is told by the meeting it will hold.
  ["вернуться", [{ rule: "visit", as: "verb", withCue: ["обещал"], withoutCue: ["встрет"] }]],
  ["прилететь", [{ rule: "visit", as: "verb" }]],
  // `… в воскресенье все-таки добрался до Нур-Султана`: getting there at last after a delay.
  ["добраться", [{ rule: "visit", as: "verb", withCue: [" до "] }]],
  ["визит", [{ rule: "visit", as: "noun" }]],
  ["поездка", [{ rule: "visit", as: "noun" }]],
  // `намерен возглавить торговую миссию штата в Казахстан`: a trade mission travels (not `миссия США` the embassy).
  ["миссия", [{ rule: "visit", as: "noun", withCue: ["торговую миссию", "торговой миссии", "торговая миссия", "торговой миссией"] }]],
  // conferences: an event noun with a verb of taking place or taking part
  ["саммит", [{ rule: "conference", as: "noun" }]],
  ["конференция", [{ rule: "conference", as: "noun" }]],
  ["форум", [{ rule: "conference", as: "noun" }]],
  ["заседание", [{ rule: "conference", as: "noun", notAfter: PART_OF_GATHERING }]],
  ["совещание", [{ rule: "conference", as: "noun" }]],
  // `ежегодные собрания МВФ и Всемирного банка`: the funds' annual meetings (not `собрание акционеров`).
  ["собрание", [{ rule: "conference", as: "noun", withCue: ["собрания мвф", "собраниях мвф", "собраний мвф", "собрания международного валютного", "собраниях международного валютного", "собраний международного валютного", "собрания всемирного банка", "собраниях всемирного банка", "ежегодные собрания", "ежегодных собраниях", "ежегодных собраний", "весенние собрания", "весенних собраниях"] }]],
  ["сессия", [{ rule: "conference", as: "noun", notAfter: PART_OF_GATHERING }]],
  ["министерский", [{ rule: "conference", as: "noun" }]],
  ["мероприятие", [{ rule: "conference", as: "noun" }]],
  ["дебаты", [{ rule: "conference", as: "noun" }]],
  ["брифинг", [{ rule: "conference", as: "noun" }]],
  // `Госсекретарь собрал в Нью-Йорке министров иностранных дел пяти республик`: convening is the gathering.
  ["собрать", [{ rule: "conference", as: "verb", withCue: ["министров", "глав государств", "лидеров", "руководителей", "коллег"], personSubject: true, activeOnly: true }]],
  ["стол", [{ rule: "conference", as: "noun", withCue: ["круглый стол", "круглого стола", "круглом столе", "круглым столом"] }]],
]);

/** Verbs that carry a noun's event: it takes place (`состоялась встреча`), someone holds it (`провел
 *  переговоры`), it is planned (`планируется визит`), begins or ends. Their tense is the event's. */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  "состояться", "пройти", "проходить", "провести", "проводить", "открыться", "начаться", "завершиться", "закончиться", "продолжиться", "возобновиться",
  "запланировать", "планировать", "планироваться", "ожидаться", "намечаться", "наметить", "предстоять", "совершить", "совершать",
  "организовать", "включать", "находиться", "принять", "участвовать", "выступить", "выступать", "председательствовать",
  "открыть", "возглавить", "прибыть", "начать", "продолжить", "провестись", "пройтись", "состоятся",
  "дать", "устроить", "предусматривать", "договориться", "присутствовать", "побывать",
]);


/** Prepositional frames that put an event noun in the story (`в ходе встречи`, `на переговорах`). */
export const FRAME_WORDS: ReadonlySet<string> = new Set(["ход", "время", "рамка", "итог", "кулуары", "поле", "полях", "результат"]);

/** Nouns that make an event noun after them a thing talked about, not an event reported: `итоги
 *  встречи, состоявшейся в сентябре`, `подготовку к саммиту`, `ход переговоров`. */
export const REFERENCE_HEADS: ReadonlySet<string> = new Set([
  "итог", "результат", "ход", "подготовка", "повестка", "график", "формат", "организация", "проведение", "договоренность",
  "решение", "перспектива", "возобновление", "значение", "важность", "рамка", "продолжение", "площадка", "приглашение",
  "план", "календарь", "цикл",
]);

/** Words that mark what follows as planned: modal and lexical cues of the future. */
export const PLANNED_CUES: ReadonlySet<string> = new Set([
  "намерен", "намеренный", "намереваться", "планировать", "планироваться", "запланировать", "запланированный", "ожидаться",
  "предстоящий", "предстоять", "собираться", "намечаться", "предполагаться", "будущий", "договориться", "условиться",
  "согласиться", "рассчитывать", "программа", "предусматривать", "предусмотреть", "предусмотренный", "готовиться", "подготовка", "ожидать",
  "наметить", "намеченный", "перенести", "переноситься",
]);

/** Conference nouns that make a `встреча` multilateral: `встреча министров`, `встреча глав государств`. */
export const MULTILATERAL_HEADS: ReadonlySet<string> = new Set(["министр", "глава", "лидер", "руководитель"]);

/** Adjectives that make a `встреча` multilateral: `министерская встреча`, `ежегодные встречи МВФ`,
 *  `весенние встречи Всемирного банка`. */
export const MULTILATERAL_ATTRIBUTES: ReadonlySet<string> = new Set(["министерский", "ежегодный", "многосторонний", "трехсторонний", "весенний", "осенний", "годовой"]);

/** Verbs of reporting tell when and where the story is told, not the event: `Напомним, … состоялся`,
 *  `сообщил на брифинге`. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "напомнить", "сообщить", "отметить", "заявить", "подчеркнуть", "рассказать", "уточнить", "передать", "сообщать", "говориться",
  "пояснить", "информировать", "добавить", "сказать", "сообщаться", "ответить",
]);

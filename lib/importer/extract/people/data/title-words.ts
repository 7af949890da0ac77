/** Lemmas of words that name a post. A title phrase is built around one of these: its modifiers
 *  (первый, Государственный) before, its dependent genitive tail (госсекретаря США) after. */
export const TITLE_HEADS = new Set([
  "президент", "вице-президент", "экс-президент", "премьер-министр", "премьер", "вице-премьер",
  "вице-премьер-министр", "министр", "вице-министр", "экс-министр", "замминистра", "заместитель", "замглавы",
  "госсекретарь", "секретарь", "статс-секретарь", "пресс-секретарь", "генсек", "председатель",
  "сопредседатель", "зампредседателя", "вице-председатель", "спикер", "вице-спикер", "глава", "руководитель",
  "директор", "замдиректора", "посол", "экс-посол", "посланник", "спецпосланник", "консул", "генконсул",
  "поверенный", "сенатор", "конгрессмен", "конгрессвумен", "член", "депутат", "мажилисмен", "парламентарий",
  "советник", "госсоветник", "помощник", "представитель", "спецпредставитель", "полпред", "уполномоченный",
  "аким", "губернатор", "мэр", "координатор", "атташе", "начальник", "командующий", "канцлер", "король",
  "эмир", "принц", "лидер", "администратор", "генпрокурор", "прокурор", "омбудсмен", "управляющий",
  "казначей", "спецкоординатор", "главнокомандующий", "генерал", "адмирал", "ректор", "проректор",
  "командир", "полковник", "вице-адмирал", "контр-адмирал", "командующий", "поверенный", "комиссар",
  "еврокомиссар", "елбасы",
]);

/** Adjectives and participles that name a post when they stand as nouns (временный поверенный в делах,
 *  командующий Центральным командованием); also in TITLE_HEADS. */
export const SUBSTANTIVE_HEADS = new Set(["поверенный", "командующий", "уполномоченный", "управляющий", "главнокомандующий"]);

/** Military ranks: before a name they yield to a post written before them (командующим … адмиралом
 *  Брэдом Купером → командующий …); alone they are the title. */
export const RANKS = new Set(["адмирал", "генерал", "полковник", "вице-адмирал", "контр-адмирал"]);

/** Heads that are indeclinable: their surface form is already the nominative. */
export const INDECLINABLE_HEADS = new Set(["замминистра", "замглавы", "зампредседателя", "замдиректора", "атташе", "елбасы"]);

/** Heads that are a post only with a dependent phrase (член Конгресса, глава МИД); alone they are
 *  ordinary words and must not turn the next capitalised word into a person. */
export const HEADS_NEEDING_TAIL = new Set(["член", "глава", "руководитель", "представитель", "лидер", "генерал"]);

/** Ordinals that Az.js lemmatises to cardinals (первым → один): their masculine nominative. */
export const ORDINAL_NOMINATIVE: Record<string, string> = {
  перв: "первый",
  втор: "второй",
  трет: "третий",
  четверт: "четвертый",
  пят: "пятый",
  шест: "шестой",
  седьм: "седьмой",
  восьм: "восьмой",
  девят: "девятый",
  десят: "десятый",
};

/** Lower-case words allowed inside a title's tail besides nouns, adjectives and abbreviations. */
export const TAIL_PREPOSITIONS = new Set(["по", "при", "в", "во", "над"]); // `над`: по контролю над вооружениями

import type { Locale } from "@/lib/i18n/messages";

/** Agencies, papers and sites the Kazakh and Russian press name in Cyrillic, as they sign in English. */
const OUTLETS: Readonly<Record<string, string>> = {
  "Казинформ": "Kazinform",
  "КазТАГ": "KazTAG",
  "ТАСС": "TASS",
  "ИТАР-ТАСС": "ITAR-TASS",
  "РИА Новости": "RIA Novosti",
  "Интерфакс": "Interfax",
  "Интерфакс-Казахстан": "Interfax-Kazakhstan",
  "ИНТЕРФАКС-КАЗАХСТАН": "Interfax-Kazakhstan",
  "Новости-Казахстан": "Novosti-Kazakhstan",
  "Sputnik Казахстан": "Sputnik Kazakhstan",
  "Казахстанская правда": "Kazakhstanskaya Pravda",
  "Хабар 24": "Khabar 24",
  "Хабар": "Khabar",
  "Акорда": "Akorda",
  "Экспресс К": "Express K",
  "Ритм Евразии": "Ritm Eurasia",
  "РБК": "RBC",
  "Коммерсантъ": "Kommersant",
  "Известия": "Izvestia",
  "Независимая газета": "Nezavisimaya Gazeta",
  "Российская газета": "Rossiyskaya Gazeta",
  "Караван": "Karavan",
  "Анадолу": "Anadolu",
  "Власть": "Vlast",
  "Курсив": "Kursiv",
  "Постфактум": "Postfactum",
  "МИД": "Ministry of Foreign Affairs",
  "МИД РК": "Ministry of Foreign Affairs of Kazakhstan",
  "Посольство США в Казахстане": "US Embassy in Kazakhstan",
  "Генеральное консульство США в Алматы": "US Consulate General in Almaty",
};

/** The bodies whose press services are quoted, in the genitive the Russian phrase puts them in. */
const BODIES: Readonly<Record<string, string>> = {
  "МИД РК": "the Ministry of Foreign Affairs of Kazakhstan",
  "МИД": "the Ministry of Foreign Affairs",
  "Министерства иностранных дел РК": "the Ministry of Foreign Affairs of Kazakhstan",
  "Акорды": "Akorda",
  "Главы государства": "the President of Kazakhstan",
  "Президента РК": "the President of Kazakhstan",
  "Сената": "the Senate",
  "Мажилиса": "the Mazhilis",
  "Парламента": "the Parliament",
  "Правительства": "the Government",
  "Правительства РК": "the Government of Kazakhstan",
  "Премьер-министра": "the Prime Minister",
  "Министерства энергетики РК": "the Ministry of Energy of Kazakhstan",
  "Министерства энергетики": "the Ministry of Energy",
  "Министерства обороны": "the Ministry of Defence",
  "Министерства торговли и интеграции": "the Ministry of Trade and Integration",
  "акимата": "the akimat",
  "посольства США": "the US Embassy",
};

const PRESS_SERVICE = /^пресс-служб[аы]\s+(.+)$/iu;

/** A source or outlet's name in English when the archive knows it: a known outlet, or "press service of"
 *  a known body; null otherwise (the Russian name is then shown, marked as Russian). */
export function pressNameInEnglish(name: string): string | null {
  const known = OUTLETS[name];
  if (known) return known;
  const body = PRESS_SERVICE.exec(name.trim())?.[1];
  const english = body ? BODIES[body] : undefined;
  return english ? `press service of ${english}` : null;
}

/** A source or outlet as the reader's edition names it: the English stored or known, else as written. */
export function pressName(name: string, nameEn: string | null | undefined, locale: Locale): string {
  return locale === "en" ? (nameEn ?? pressNameInEnglish(name) ?? name) : name;
}

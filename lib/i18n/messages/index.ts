import { admin } from "./admin";
import { article } from "./article";
import { common } from "./common";
import { limits } from "./limits";
import { map } from "./map";
import { meeting } from "./meeting";
import { network } from "./network";
import { numbers } from "./numbers";
import { officials } from "./officials";
import { openData } from "./open-data";
import { search } from "./search";
import { polling } from "./polling";
import { timeline } from "./timeline";
import { topics } from "./topics";
import { trips } from "./trips";

/**
 * Interface text. Article text is never translated; only the frame around it. Shared words sit at the
 * top level (`t.siteName`, `t.kind.talks`); each area has its own file and namespace (`t.search.…`).
 */
function compose(locale: "ru" | "en") {
  return {
    ...common[locale],
    timeline: timeline[locale],
    meeting: meeting[locale],
    numbers: numbers[locale],
    article: article[locale],
    officials: officials[locale],
    topics: topics[locale],
    trips: trips[locale],
    network: network[locale],
    map: map[locale],
    search: search[locale],
    admin: admin[locale],
    polling: polling[locale],
    openData: openData[locale],
    limits: limits[locale],
  };
}

export const messages = { ru: compose("ru"), en: compose("en") };

export type Locale = keyof typeof messages;
export type Messages = ReturnType<typeof compose>;
export const locales = Object.keys(messages) as Locale[];
export const defaultLocale: Locale = "ru";

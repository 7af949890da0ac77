import { en, ru } from "./counts";
import { defineMessages } from "./define";

/** A trip's page (/trips/[key]) and the trip groups on the timeline and meeting pages. */
export const trips = defineMessages(
  {
    eyebrow: "Поездка",
    /** The trip's name: who travelled, em dash, where — no case to agree. */
    title: (travellers: string, country: string) => `${travellers} — ${country}`,
    andMore: (n: number) => `и ещё ${ru.people(n)}`,
    description: (title: string, dates: string, meetings: number) => `Поездка ${title}, ${dates}: ${ru.meetings(meetings)}.`,
    travellers: "Кто ездил",
    destination: "Страна",
    dates: "Даты",
    places: "Где",
    meetingsTitle: "Встречи поездки",
    meetings: ru.meetings,
    rule: "Поездкой считаются проведённые встречи официальных лиц одной страны в другой стране, если у встреч есть общий участник и между ними не больше двух дней.",
    partOf: "Часть поездки",
    groupLabel: (title: string) => `Поездка: ${title}`,
    notFoundTitle: "Поездка не найдена",
    notFoundText: "Такой поездки в архиве нет: возможно, её встречи изменились или ссылка устарела.",
  },
  {
    eyebrow: "Trip",
    title: (travellers: string, country: string) => `${travellers} — ${country}`,
    andMore: (n: number) => `and ${n} more`,
    description: (title: string, dates: string, meetings: number) => `Trip: ${title}, ${dates}: ${en.meetings(meetings)}.`,
    travellers: "Who travelled",
    destination: "Country",
    dates: "Dates",
    places: "Where",
    meetingsTitle: "Meetings of the trip",
    meetings: en.meetings,
    rule: "A trip is the held meetings of one country's officials in another country that share a participant and are at most two days apart.",
    partOf: "Part of a trip",
    groupLabel: (title: string) => `Trip: ${title}`,
    notFoundTitle: "Trip not found",
    notFoundText: "There is no such trip in the archive: its meetings may have changed, or the link is out of date.",
  },
);

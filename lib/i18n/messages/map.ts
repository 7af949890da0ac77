import { en, ru } from "./counts";
import { defineMessages } from "./define";

/** The map of meeting places (/map). */
export const map = defineMessages(
  {
    title: "Где встречались",
    description: "Карта мест казахстанско-американских встреч: чем больше встреч, тем крупнее круг. Фильтры — как у хронологии.",
    lead: "Круг — место встреч: чем больше встреч, тем он крупнее. Казахстан и США выделены. Фильтры — как у хронологии.",
    figureLabel: (n: number) => `Карта мира с ${ru.placesIns(n)}. Те же данные — в таблице мест ниже.`,
    meetings: ru.meetings,
    placesTitle: "Места",
    placesCaption: "Места встреч по числу встреч",
    columns: { place: "Место", country: "Страна", meetings: "Встречи", latest: "Последняя" },
    unlocated: (names: string) => `Без точки на карте (регионы шире одной страны или места, которых нет в справочнике): ${names}.`,
    unplaced: (n: number) => `Ещё ${ru.meetings(n)} без указанного места.`,
    empty: "По этим фильтрам встреч с указанным местом нет.",
    undated: "без даты",
  },
  {
    title: "Where they met",
    description: "A map of the places of Kazakhstan–US meetings: the more meetings, the larger the circle. Filtered like the timeline.",
    lead: "A circle is a meeting place: the more meetings, the larger. Kazakhstan and the United States are shaded. Filtered like the timeline.",
    figureLabel: (n: number) => `World map with ${en.placesIns(n)}. The same data is in the table of places below.`,
    meetings: en.meetings,
    placesTitle: "Places",
    placesCaption: "Meeting places by number of meetings",
    columns: { place: "Place", country: "Country", meetings: "Meetings", latest: "Latest" },
    unlocated: (names: string) => `Not on the map (regions wider than one country, or places the gazetteer lacks): ${names}.`,
    unplaced: (n: number) => `And ${en.meetings(n)} with no place named.`,
    empty: "No meetings with a place named under these filters.",
    undated: "undated",
  },
);

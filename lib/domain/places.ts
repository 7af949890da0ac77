import { latinSlugText } from "@/lib/text/slugify";

/** English names for places where transliteration would not give the usual spelling. */
const ENGLISH: Record<string, string> = {
  Вашингтон: "Washington",
  "Нью-Йорк": "New York",
  Астана: "Astana",
  Алматы: "Almaty",
  Москва: "Moscow",
  Лондон: "London",
  Брюссель: "Brussels",
  Женева: "Geneva",
  Вена: "Vienna",
  Пекин: "Beijing",
  Майами: "Miami",
  Казахстан: "Kazakhstan",
  США: "United States",
  Ташкент: "Tashkent",
  Бишкек: "Bishkek",
  Самарканд: "Samarkand",
  Давос: "Davos",
  Мюнхен: "Munich",
  Париж: "Paris",
  Берлин: "Berlin",
  Стамбул: "Istanbul",
  Анкара: "Ankara",
  Баку: "Baku",
  Токио: "Tokyo",
  Сеул: "Seoul",
};

export function placeNameEn(nameRu: string): string {
  return ENGLISH[nameRu] ?? latinSlugText(nameRu, { keepCase: true });
}

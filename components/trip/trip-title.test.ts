import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { tripDates, tripTitle } from "./trip-title";

const person = (nameRu: string, nameLatin: string) => ({ slug: nameLatin.toLowerCase(), nameRu, nameLatin });

describe("tripTitle", () => {
  it("names up to two travellers and the country, in the reader's language", () => {
    const trip = { destination: "US", travellers: [person("Ермек Кошербаев", "Yermek Kosherbayev")] };
    expect(tripTitle(trip, "ru", messages.ru)).toBe("Ермек Кошербаев — США");
    expect(tripTitle(trip, "en", messages.en)).toBe("Yermek Kosherbayev — United States");
    const two = { destination: "CH", travellers: [person("А Б", "A B"), person("В Г", "V G")] };
    expect(tripTitle(two, "ru", messages.ru)).toBe("А Б и В Г — Швейцария");
  });

  it("counts the rest with their noun", () => {
    const many = { destination: "KZ", travellers: ["1", "2", "3", "4", "5", "6", "7"].map((n) => person(`Лицо ${n}`, `Person ${n}`)) };
    expect(tripTitle(many, "ru", messages.ru)).toBe("Лицо 1, Лицо 2 и ещё 5 человек — Казахстан");
    expect(tripTitle(many, "en", messages.en)).toBe("Person 1, Person 2 and 5 more — Kazakhstan");
  });
});

describe("tripDates", () => {
  it("gives one day or a range", () => {
    expect(tripDates({ from: "2026-02-05", to: "2026-02-05" }, "ru")).toBe("5 февраля 2026 г.");
    expect(tripDates({ from: "2026-02-05", to: "2026-02-07" }, "en")).toBe("5 February 2026 – 7 February 2026");
  });
});

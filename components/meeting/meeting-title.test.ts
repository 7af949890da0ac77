import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { meetingTitle } from "./meeting-title";

const kosherbayev = { nameRu: "Ермек Кошербаев", nameLatin: "Yermek Kosherbayev" };
const landau = { nameRu: "Кристофер Ландау", nameLatin: "Christopher Landau" };

describe("meetingTitle", () => {
  it("names who met, in the reader's language", () => {
    expect(meetingTitle({ kind: "talks", participants: [kosherbayev, landau] }, "ru", messages.ru)).toBe("Ермек Кошербаев — Кристофер Ландау");
    expect(meetingTitle({ kind: "talks", participants: [kosherbayev, landau] }, "en", messages.en)).toBe("Yermek Kosherbayev — Christopher Landau");
  });

  it("adds the kind for one participant, and falls back to the kind alone", () => {
    expect(meetingTitle({ kind: "conference", participants: [kosherbayev] }, "ru", messages.ru)).toBe("Ермек Кошербаев: конференция");
    expect(meetingTitle({ kind: "call", participants: [] }, "en", messages.en)).toBe("Phone call");
  });

  it("names the place when nobody is named, rather than the bare kind", () => {
    const kazakhstan = { ru: "Казахстан", en: "Kazakhstan" };
    expect(meetingTitle({ kind: "visit", participants: [], place: kazakhstan }, "ru", messages.ru)).toBe("Казахстан: визит");
    expect(meetingTitle({ kind: "visit", participants: [], place: kazakhstan }, "en", messages.en)).toBe("Kazakhstan: visit");
  });
});

import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { auditChanges } from "./audit-changes";

describe("auditChanges", () => {
  it("names fields and values in the interface language", () => {
    expect(auditChanges({ photoCredit: "МИД", kind: "talks", version: 1 }, { photoCredit: "МИД РК", kind: "meeting", version: 2 }, messages.ru)).toEqual([
      { field: "photoCredit", label: "Автор фото", before: "МИД", after: "МИД РК" },
      { field: "kind", label: "Вид", before: "переговоры", after: "встреча" },
    ]);
    expect(auditChanges({ status: "planned" }, { status: "held" }, messages.en)).toEqual([{ field: "status", label: "Status", before: "planned", after: "held" }]);
  });

  it("shows a list as what was added and removed: topics, participants, an article's meetings", () => {
    const landau = { officialId: 2, name: "Кристофер Ландау", position: null, country: "US" };
    const rubio = { officialId: 3, name: "Марко Рубио", position: "госсекретарь США", country: "US" };
    expect(auditChanges({ topics: ["energy"], participants: [landau], meetings: [6] }, { topics: ["energy", "critical-minerals"], participants: [rubio], meetings: [6, 7] }, messages.ru)).toEqual([
      { field: "topics", label: "Темы", added: ["critical-minerals"], removed: [] },
      { field: "participants", label: "Участники", added: ["Марко Рубио, госсекретарь США, US"], removed: ["Кристофер Ландау, US"] },
      { field: "meetings", label: "Встречи", added: ["№ 7"], removed: [] },
    ]);
  });

  it("shows only what changed, and a missing value as a dash", () => {
    expect(auditChanges(undefined, { title: "Заголовок", lead: null }, messages.ru)).toEqual([{ field: "title", label: "Заголовок", before: "—", after: "Заголовок" }]);
  });
});

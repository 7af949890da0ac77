import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { MeetingSummary } from "@/lib/api/schemas/meeting";
import { csvText } from "../formats";
import { meetingColumns } from "../meeting-columns";

const meeting = (id: number): MeetingSummary => ({
  id,
  url: `https://chronicle.example/meetings/${id}`,
  kind: "talks",
  status: "held",
  date: "2026-02-05",
  datePrecision: "day",
  place: { nameRu: '=HYPERLINK("http://evil.example","Вашингтон")', nameEn: "Washington, D.C." },
  participants: Array.from({ length: 12 }, (_, j) => ({
    slug: `official-${j}`,
    nameRu: `Официальное «лицо» "${j}", ${id}`,
    nameLatin: `Official "${j}"`,
    position: "Министр иностранных дел",
    country: j % 2 ? "KZ" : "US",
  })),
  topics: [{ slug: "energy", labelRu: "Энергетика", labelEn: "Energy" }],
  sourceCount: 1,
  sourceUrls: [`https://example.kz/${id}`],
  heldAs: null,
  announcedAs: [],
  unconfirmed: false,
});

async function* batches(sizes: number[]) {
  let id = 0;
  for (const size of sizes) yield Array.from({ length: size }, () => meeting(++id));
}

async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true }); // keep the BOM: it is part of what is checked
  let out = "";
  for await (const chunk of chunks) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}

describe("CSV rows formatted on the pool's thread", () => {
  it("are the columns' values, one row per record, the BOM and header once", async () => {
    const csv = await text(csvText("meetings", batches([3, 0, 2])));
    expect(csv.startsWith("\uFEFFid,url,date,")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(rows[0]!.place).toBe(`'=HYPERLINK("http://evil.example","Вашингтон")`);
    expect(Object.keys(rows[0]!)).toEqual(meetingColumns.map((c) => c.header));
  }, 60_000);

  it("are the BOM and header alone for an export with no records", async () => {
    expect(await text(csvText("meetings", batches([])))).toBe(`\uFEFF${meetingColumns.map((c) => c.header).join(",")}\r\n`);
  }, 60_000);

  it("leave the calling thread free while a batch is formatted", async () => {
    await text(csvText("meetings", batches([1]))); // the thread is up
    // Formatting these rows takes this machine ~0.2–0.5 s; a timer on this thread keeps firing meanwhile.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await text(csvText("meetings", batches([6_000])));
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(20);
  }, 60_000);
});

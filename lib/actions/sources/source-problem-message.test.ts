import { expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import type { SourceProblem } from "@/lib/sources/source-problem";
import { sourceProblemMessage } from "./source-problem-message";

const problems: SourceProblem[] = [
  { kind: "fetch", fetch: { kind: "http-status", status: 404 } },
  { kind: "fetch", fetch: { kind: "timeout", seconds: 15 } },
  { kind: "fetch", fetch: { kind: "private-address", host: "127.0.0.1" } },
  { kind: "importer", importer: { kind: "off-topic" } },
  { kind: "malformed-feed", detail: "Unclosed tag (line 3)" },
  { kind: "no-feed" },
  { kind: "robots" },
  { kind: "internal", message: "connection refused" },
];

it("says every problem in Russian and in English, differently, with its particulars", () => {
  for (const p of problems) {
    const ru = sourceProblemMessage(p, messages.ru);
    const en = sourceProblemMessage(p, messages.en);
    expect(ru).toMatch(/[а-я]/);
    expect(en).not.toMatch(/[а-я]/);
    expect(ru).not.toBe(en);
  }
  expect(sourceProblemMessage(problems[2]!, messages.en)).toContain("127.0.0.1");
  expect(sourceProblemMessage(problems[4]!, messages.ru)).toContain("line 3");
  expect(sourceProblemMessage(problems[3]!, messages.ru)).toMatch(/казахстанско-американских/);
});

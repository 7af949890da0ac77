import { z } from "zod";

/**
 * The DESIGN.md `ArticleOut` contract as a zod schema, so a malformed expected fixture (or a prediction
 * that drifted from the contract) is reported with its field path instead of skewing the figures.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const country = z.string().regex(/^[A-Z]{2}$/, "expected a two-letter country code");

const participant = z.strictObject({
  name: z.string().min(1),
  position: z.string().min(1).nullable(),
  country: country.nullable(),
});

const meetingSchema = z.strictObject({
  kind: z.enum(["meeting", "talks", "conference", "visit", "call", "signing"]),
  status: z.enum(["held", "planned"]),
  date: isoDate.nullable(),
  place: z.string().min(1).nullable(),
  participants: z.array(participant),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/, "expected a topic slug")),
  evidence: z.array(z.string().min(1)),
});

export const articleOutSchema = z.strictObject({
  file: z.string().min(1),
  title: z.string().nullable(),
  titleDerived: z.boolean(),
  publishedOn: isoDate.nullable(),
  dateline: z.string().min(1).nullable(),
  source: z.string().min(1).nullable(),
  officials: z.array(participant.extend({ nameLatin: z.string().min(1).nullable() })),
  meetings: z.array(meetingSchema),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/, "expected a topic slug")),
});

/** The grammatical constructions of `constructions.ts` (1–10) a fixture exercises, for the table. */
const constructions = z.array(z.number().int().min(1).max(10)).optional();

/** An expected fixture: the contract plus, optionally, which constructions report each meeting. */
export const fixtureSchema = articleOutSchema.extend({
  constructions,
  meetings: z.array(meetingSchema.extend({ constructions })),
});

export type ExpectedArticle = z.infer<typeof fixtureSchema>;

/** "meetings.0.date: expected YYYY-MM-DD" — one line per problem, for the report. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
}

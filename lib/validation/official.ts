import { z } from "zod";
import { checkbox, countryCode, id, optionalText, text, version } from "./fields";
import { LIMITS } from "./limits";

/** A Russian personal name in the nominative: letters, spaces, hyphens, apostrophes, dots of initials. */
export const personName = text(LIMITS.name).regex(/^[\p{L}][\p{L}\s'’.-]*[\p{L}.]$/u, { error: "personName" });

export const updateOfficialSchema = z.object({
  id,
  version,
  nameRu: personName,
  nameLatin: optionalText(LIMITS.name).refine((v) => v === null || /^[A-Za-z][A-Za-z\s'’.-]*$/.test(v), { error: "latinName" }),
  countryCode,
  needsReview: checkbox,
});
export type UpdateOfficialInput = z.output<typeof updateOfficialSchema>;

export const mergeOfficialsSchema = z
  .object({ sourceId: id, sourceVersion: version, targetId: id, targetVersion: version })
  .refine((v) => v.sourceId !== v.targetId, { error: "mergeSame", path: ["targetId"] });
export type MergeOfficialsInput = z.output<typeof mergeOfficialsSchema>;

"use server";

import { getCurrentEditor } from "@/lib/auth/current-editor";
import { findOfficials } from "@/lib/queries/officials/admin-officials";

export type OfficialChoice = Awaited<ReturnType<typeof findOfficials>>[number];

/** The participant picker's look-up. Editors only, like everything under /admin; writes nothing. */
export async function findOfficialsAction(query: unknown): Promise<OfficialChoice[]> {
  if (!(await getCurrentEditor())) return [];
  if (typeof query !== "string") return [];
  const q = query.trim().slice(0, 60);
  return q.length < 2 ? [] : findOfficials(q);
}

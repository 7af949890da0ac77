import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { readSessionToken } from "./session-cookie";
import { findSessionEditor, type SignedInEditor } from "./sessions";

export const SIGN_IN_PATH = "/admin/login";

/** The signed-in editor of this request, checked against the sessions table (once per request). */
export const getCurrentEditor = cache(async (): Promise<SignedInEditor | null> => findSessionEditor(getDb(), await readSessionToken()));

/** For admin pages: the editor, or off to the sign-in page. Each page calls it itself. */
export async function requireEditor(): Promise<SignedInEditor> {
  const editor = await getCurrentEditor();
  if (!editor) redirect(SIGN_IN_PATH);
  return editor;
}

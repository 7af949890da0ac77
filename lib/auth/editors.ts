import type { Db } from "@/lib/db";
import { LIMITS } from "@/lib/validation/limits";
import { generatePassword, hashPassword } from "./password";

export interface EditorRow {
  id: number;
  email: string;
  name: string;
  createdAt: Date;
  disabledAt: Date | null;
  sessions: number;
}

/** A problem with the account details, worded for the person at the terminal. */
export class EditorAccountError extends Error {}

/** Creates an editor account; without a password, one is generated. Returns the password to show once. */
export async function createEditor(db: Db, input: { email: string; name: string; password?: string }): Promise<{ id: number; password: string }> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new EditorAccountError(`"${input.email}" is not an email address`);
  if (!name) throw new EditorAccountError("the name is empty");
  const password = input.password ?? generatePassword();
  if (password.length < LIMITS.passwordMin) throw new EditorAccountError(`the password must have at least ${LIMITS.passwordMin} characters`);
  if (password.length > LIMITS.password) throw new EditorAccountError(`the password must have at most ${LIMITS.password} characters`);
  if (await db.editor.findUnique({ where: { email }, select: { id: true } })) throw new EditorAccountError(`an editor with the email ${email} already exists`);
  const editor = await db.editor.create({ data: { email, name, passwordHash: await hashPassword(password) }, select: { id: true } });
  return { id: editor.id, password };
}

export async function listEditors(db: Db): Promise<EditorRow[]> {
  const rows = await db.editor.findMany({
    orderBy: { id: "asc" },
    select: { id: true, email: true, name: true, createdAt: true, disabledAt: true, _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, sessions: _count.sessions }));
}

/** Disables an account and ends its sessions at once; its edits and audit entries stay attributed. */
export async function disableEditor(db: Db, email: string): Promise<void> {
  const normalised = email.trim().toLowerCase();
  await db.$transaction(async (tx) => {
    const editor = await tx.editor.findUnique({ where: { email: normalised }, select: { id: true } });
    if (!editor) throw new EditorAccountError(`no editor with the email ${normalised}`);
    await tx.editor.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    await tx.session.deleteMany({ where: { editorId: editor.id } });
  });
}

/** For the embedded database's first start: one editor to sign in with, when there is none yet. */
export async function createFirstEditor(db: Db): Promise<{ email: string; password: string } | null> {
  if ((await db.editor.count()) > 0) return null;
  const email = "editor@chronicle.local";
  const { password } = await createEditor(db, { email, name: "Editor" });
  return { email, password };
}

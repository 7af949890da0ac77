import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";

export const metadata: Metadata = { robots: { index: false } };

/** The editors' frame. Each page below checks the session itself too: layouts do not re-run on every navigation. */
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const [editor, { t }] = await Promise.all([requireEditor(), getMessages()]);
  return (
    <>
      <AdminNav t={t} editorName={editor.name} />
      {children}
    </>
  );
}

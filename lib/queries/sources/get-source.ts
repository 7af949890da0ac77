import "server-only";
import { getDb } from "@/lib/db";

export interface EditableSource {
  id: number;
  name: string;
  nameEn: string | null;
  feedUrl: string | null;
  listingPattern: string | null;
  site: string | null;
  enabled: boolean;
}

/** One source as its edit page shows it. */
export function getEditableSource(id: number): Promise<EditableSource | null> {
  return getDb().outlet.findUnique({ where: { id }, select: { id: true, name: true, nameEn: true, feedUrl: true, listingPattern: true, site: true, enabled: true } });
}

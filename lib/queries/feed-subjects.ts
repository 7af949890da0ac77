import "server-only";
import { readDb } from "@/lib/db";

/** The official a per-official feed or calendar is about; null when the slug is unknown. */
export function findOfficialRef(slug: string) {
  return readDb().official.findUnique({ where: { slug }, select: { slug: true, nameRu: true, nameLatin: true } });
}

/** The topic a per-topic feed or calendar is about; null when the slug is unknown. */
export function findTopicRef(slug: string) {
  return readDb().topic.findUnique({ where: { slug }, select: { slug: true, labelRu: true, labelEn: true } });
}

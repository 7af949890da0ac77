import "server-only";
import { readDb } from "@/lib/db";
import { getTopicById } from "./get-topic";

export async function listAdminTopics() {
  const rows = await readDb().topic.findMany({
    orderBy: { labelRu: "asc" },
    select: { id: true, slug: true, labelRu: true, labelEn: true, origin: true, _count: { select: { meetings: true, articles: true } } },
  });
  return rows.map(({ _count, origin, ...t }) => ({ ...t, byEditor: origin === "editor", meetings: _count.meetings, articles: _count.articles }));
}

/** A topic as its edit form shows it: getTopicById, projected. */
export async function getAdminTopic(id: number) {
  const t = await getTopicById(id);
  return t && { id: t.id, slug: t.slug, labelRu: t.labelRu, labelEn: t.labelEn, phrasings: t.phrasings, version: t.version };
}

/** Every topic, for choosing a meeting's topics. */
export async function listTopicChoices() {
  return readDb().topic.findMany({ orderBy: { labelRu: "asc" }, select: { id: true, slug: true, labelRu: true, labelEn: true } });
}

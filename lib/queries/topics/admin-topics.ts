import "server-only";
import { getDb } from "@/lib/db";

export async function listAdminTopics() {
  const rows = await getDb().topic.findMany({
    orderBy: { labelRu: "asc" },
    select: { id: true, slug: true, labelRu: true, labelEn: true, origin: true, _count: { select: { meetings: true, articles: true } } },
  });
  return rows.map(({ _count, origin, ...t }) => ({ ...t, byEditor: origin === "editor", meetings: _count.meetings, articles: _count.articles }));
}

export async function getAdminTopic(id: number) {
  return getDb().topic.findUnique({ where: { id }, select: { id: true, slug: true, labelRu: true, labelEn: true, phrasings: true, version: true } });
}

/** Every topic, for choosing a meeting's topics. */
export async function listTopicChoices() {
  return getDb().topic.findMany({ orderBy: { labelRu: "asc" }, select: { id: true, slug: true, labelRu: true, labelEn: true } });
}

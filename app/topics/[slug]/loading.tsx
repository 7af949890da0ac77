import { PageLoading } from "@/components/ui/page-loading";
import { getMessages } from "@/lib/i18n/locale";

export default async function TopicsLoading() {
  const { t } = await getMessages();
  return <PageLoading label={t.topics.loading} />;
}

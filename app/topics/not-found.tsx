import { NotFoundNotice } from "@/components/ui/not-found-notice";
import { getMessages } from "@/lib/i18n/locale";

export default async function TopicNotFound() {
  const { t } = await getMessages();
  return <NotFoundNotice title={t.topics.notFoundTitle} text={t.topics.notFoundText} backHref="/topics" back={t.topics.backToIndex} />;
}

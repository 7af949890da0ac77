import { PageState } from "@/components/ui/page-state";
import { getMessages } from "@/lib/i18n/locale";

export default async function ArticleNotFound() {
  const { t } = await getMessages();
  return <PageState title={t.article.notFound} text={t.article.notFoundText} home={{ href: "/", label: t.timeline.notFound.home }} />;
}

import { PageState } from "@/components/ui/page-state";
import { getMessages } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";

export default async function ArticleNotFound() {
  const { locale, t } = await getMessages();
  return <PageState title={t.article.notFound} text={t.article.notFoundText} home={{ href: localePath(locale, "/"), label: t.timeline.notFound.home }} />;
}

import { PageState } from "@/components/ui/page-state";
import { getMessages } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";

export default async function NotFound() {
  const { locale, t } = await getMessages();
  return <PageState title={t.timeline.notFound.title} text={t.timeline.notFound.text} home={{ href: localePath(locale, "/"), label: t.timeline.notFound.home }} />;
}

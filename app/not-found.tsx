import { PageState } from "@/components/ui/page-state";
import { getMessages } from "@/lib/i18n/locale";

export default async function NotFound() {
  const { t } = await getMessages();
  return <PageState title={t.timeline.notFound.title} text={t.timeline.notFound.text} home={{ href: "/", label: t.timeline.notFound.home }} />;
}

import { PageState } from "@/components/ui/page-state";
import { getMessages } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";

export default async function MeetingNotFound() {
  const { locale, t } = await getMessages();
  return <PageState title={t.meeting.notFound} text={t.meeting.notFoundText} home={{ href: localePath(locale, "/"), label: t.timeline.notFound.home }} />;
}

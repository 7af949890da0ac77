import { PageState } from "@/components/ui/page-state";
import { getMessages } from "@/lib/i18n/locale";

export default async function MeetingNotFound() {
  const { t } = await getMessages();
  return <PageState title={t.meeting.notFound} text={t.meeting.notFoundText} home={{ href: "/", label: t.timeline.notFound.home }} />;
}

import { PageState } from "@/components/ui/page-state";
import { getMessages } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";

export default async function TripNotFound() {
  const { locale, t } = await getMessages();
  return <PageState title={t.trips.notFoundTitle} text={t.trips.notFoundText} home={{ href: localePath(locale, "/"), label: t.timeline.notFound.home }} />;
}

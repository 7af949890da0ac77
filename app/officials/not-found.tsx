import { NotFoundNotice } from "@/components/ui/not-found-notice";
import { getMessages } from "@/lib/i18n/locale";

export default async function OfficialNotFound() {
  const { t } = await getMessages();
  return <NotFoundNotice title={t.officials.notFoundTitle} text={t.officials.notFoundText} backHref="/officials" back={t.officials.backToIndex} />;
}

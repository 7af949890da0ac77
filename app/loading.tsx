import { LoadingState } from "@/components/ui/loading-state";
import { getMessages } from "@/lib/i18n/locale";

export default async function Loading() {
  const { t } = await getMessages();
  return <LoadingState label={t.timeline.loading} />;
}

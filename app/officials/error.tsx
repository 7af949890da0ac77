"use client";

import { RouteError } from "@/components/ui/route-error";
import { officials } from "@/lib/i18n/messages/officials";

export default function OfficialsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} text={officials} backHref="/officials" />;
}

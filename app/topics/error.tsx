"use client";

import { RouteError } from "@/components/ui/route-error";
import { topics } from "@/lib/i18n/messages/topics";

export default function TopicsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} text={topics} backHref="/topics" />;
}

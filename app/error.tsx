"use client";

import { ErrorState } from "@/components/ui/error-state";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState digest={error.digest} retry={reset} />;
}

"use client";

import { useState } from "react";

/** Copies a text to the clipboard and says so. Without JavaScript the text beside it is still selectable. */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}

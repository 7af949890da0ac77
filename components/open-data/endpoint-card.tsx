import type { ReferenceEndpoint } from "@/lib/api/reference";
import type { Messages } from "@/lib/i18n/messages";

export function EndpointCard({ endpoint, t }: { endpoint: ReferenceEndpoint; t: Messages }) {
  return (
    <article id={endpoint.id} className="border-t border-stone-200 py-5 dark:border-stone-800" aria-labelledby={`${endpoint.id}-title`}>
      <h3 id={`${endpoint.id}-title`} className="font-mono text-base break-all">
        <span className="mr-2 rounded bg-emerald-100 px-1.5 text-sm font-semibold text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200">GET</span>{" "}
        {endpoint.path}
      </h3>
      <p className="mt-1">{endpoint.summary}</p>
      {endpoint.description && <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{withCode(endpoint.description)}</p>}
      {endpoint.parameters.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold">{t.openData.parameters}</h4>
          <dl className="mt-1 space-y-2 text-sm">
            {endpoint.parameters.map((p) => (
              <div key={`${p.in}-${p.name}`} className="sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
                <dt>
                  <code className="font-semibold">{p.name}</code>
                  <span className="ml-2 text-xs text-stone-600 dark:text-stone-400">{p.in}</span>
                </dt>
                <dd>
                  <code className="text-xs break-words text-stone-600 dark:text-stone-400">{p.type}</code>
                  <span className="block">{withCode(p.description)}</span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="mt-3 text-sm">
        {t.openData.response}: <code>{endpoint.response}</code> <span className="text-stone-600 dark:text-stone-400">({endpoint.statuses.join(", ")})</span>
      </p>
      {endpoint.example !== null && (
        <p className="mt-1 text-sm">
          {t.openData.example}:{" "}
          <a href={endpoint.example} className="font-mono break-all text-sky-800 underline dark:text-sky-300">
            {endpoint.example}
          </a>
        </p>
      )}
    </article>
  );
}

/** The documentation's `backticked` words as code. */
function withCode(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

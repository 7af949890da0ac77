import Link from "next/link";
import { AdminHeading, Badge } from "@/components/admin/admin-heading";
import { secondaryButton } from "@/components/admin/buttons";
import { CommandButton } from "@/components/admin/sources/command-button";
import { CreateSourceForm } from "@/components/admin/sources/create-source-form";
import { sourceCommandAction } from "@/lib/actions/sources/source-command-action";
import { sourceProblemMessage } from "@/lib/actions/sources/source-problem-message";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { getMessages } from "@/lib/i18n/locale";
import { listFailedItems, listSources } from "@/lib/queries/sources/list-sources";

export const dynamic = "force-dynamic";

/** /admin/sources: each source's polls and items, and the commands to pause, resume or poll it now. */
export default async function AdminSourcesPage() {
  await requireEditor();
  const [{ locale, t }, sources, failures] = await Promise.all([getMessages(), listSources(), listFailedItems()]);
  const s = t.polling;
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : "—");
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{s.title}</AdminHeading>
      <p className="mb-6 max-w-prose text-stone-700 dark:text-stone-300">{s.intro}</p>
      {sources.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="admin-sources">
            <caption className="sr-only">{s.table.caption}</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                {[s.table.name, s.table.lastPoll, s.table.found, s.table.queued, s.table.published, s.table.waiting, s.table.failed, s.table.actions].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-3 font-semibold">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id} className="border-b border-stone-200 align-top dark:border-stone-800" data-source={source.name}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="font-semibold">{source.name}</span>
                    <Badge tone={source.enabled ? "sky" : "stone"}>{source.enabled ? s.enabled : s.paused}</Badge>
                    {source.pollRequested && <Badge tone="amber">{s.pollQueued}</Badge>}
                    <p className="break-all text-stone-600 dark:text-stone-400">{source.feedUrl ?? `${s.table.feed}: ${s.noFeed}`}</p>
                  </th>
                  <td className="py-2 pr-3">
                    {source.lastPolledAt ? when(source.lastPolledAt) : s.never}
                    {source.nextPollAt && source.enabled && <p className="text-stone-600 dark:text-stone-400">{s.table.nextPoll}: {when(source.nextPollAt)}</p>}
                    {source.lastError && (
                      <p className="mt-1 text-red-800 dark:text-red-300" data-testid="source-error">
                        {sourceProblemMessage(source.lastError, t)} ({s.failuresInRow(source.failures)})
                      </p>
                    )}
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{source.found}</td>
                  <td className="py-2 pr-3 tabular-nums">{source.queued}</td>
                  <td className="py-2 pr-3 tabular-nums">{source.published}</td>
                  <td className="py-2 pr-3 tabular-nums">{source.waiting}</td>
                  <td className="py-2 pr-3 tabular-nums">{source.failed}</td>
                  <td className="flex flex-wrap gap-2 py-2">
                    <CommandButton action={sourceCommandAction} fields={{ id: source.id, op: source.enabled ? "pause" : "resume" }} label={source.enabled ? s.pause : s.resume} />
                    {source.feedUrl && <CommandButton action={sourceCommandAction} fields={{ id: source.id, op: "poll" }} label={s.pollNow} />}
                    <Link href={`/admin/sources/${source.id}`} className={secondaryButton} aria-label={`${s.edit}: ${source.name}`}>{s.edit}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateSourceForm locale={locale} />
      <h2 className="mt-10 mb-3 font-serif text-2xl font-semibold">{s.recentFailures}</h2>
      {failures.length === 0 ? (
        <p>{s.noFailures}</p>
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="failed-items">
          {failures.map((f) => (
            <li key={f.id} className="py-2 text-sm">
              <a href={f.url} className="break-all underline" rel="noreferrer nofollow">{f.url}</a>
              <span className="text-stone-600 dark:text-stone-400"> · {f.outlet} · {when(f.at)}</span>
              {f.reason && <p className="text-red-800 dark:text-red-300">{sourceProblemMessage(f.reason, t)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

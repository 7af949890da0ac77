import { Link } from "@/components/ui/link";
import { CountryCode } from "@/components/ui/country-code";
import { DataTable } from "@/components/ui/data-table";
import { personName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { OfficialNetwork } from "@/lib/queries/network/official-network";

/** Rows of the table: the strongest pairs. */
const ROWS = 100;

/** The network as a table of pairs (name, name, meetings, latest): what the drawing shows, readable by anyone. */
export function PairTable({ network, locale, t }: { network: OfficialNetwork; locale: Locale; t: Messages }) {
  const byId = new Map(network.officials.map((o) => [o.id, o]));
  const c = t.network.columns;
  const person = (id: number) => {
    const o = byId.get(id);
    if (!o) return null;
    return (
      <>
        <Link href={`/officials/${o.slug}`} locale={locale}>
          {personName(o, locale)}
        </Link>
        {o.countryCode && <CountryCode code={o.countryCode} />}
      </>
    );
  };
  return (
    <>
      <DataTable testId="network-pairs" caption={t.network.pairsCaption} columns={[{ label: c.first }, { label: c.second }, { label: c.meetings, num: true }, { label: c.latest }]}>
        {network.pairs.slice(0, ROWS).map((p) => (
          <tr key={`${p.a}-${p.b}`}>
            <td>{person(p.a)}</td>
            <td>{person(p.b)}</td>
            <td className="num">{p.meetings}</td>
            <td className="nowrap">{p.latest ? <time dateTime={p.latest}>{formatDate(p.latest, "day", locale)}</time> : t.network.undated}</td>
          </tr>
        ))}
      </DataTable>
      {network.pairs.length > ROWS && <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t.network.pairsMore(ROWS)}</p>}
    </>
  );
}

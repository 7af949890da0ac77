import { personName } from "@/lib/i18n/display-name";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { layoutNetwork, NETWORK_HEIGHT, NETWORK_WIDTH } from "@/lib/network/layout-network";
import type { OfficialNetwork } from "@/lib/queries/network/official-network";
import { countryClass } from "./country-colour";

/** Officials named on the drawing; the rest by their tooltip and in the table. */
const LABELLED = 12;
/** Lines drawn, the strongest: past this a drawing of 40 officials is a hairball (the table has every pair). */
const LINES = 150;

/**
 * The network drawn on the server as SVG (laid out by d3-force): a picture for sighted readers, with a
 * tooltip per official and per line, each official a link to their page; the table of pairs beside it
 * says the same for everyone.
 */
export function NetworkGraph({ network, locale, t }: { network: OfficialNetwork; locale: Locale; t: Messages }) {
  const lines = network.pairs.slice(0, LINES);
  const placed = new Map(
    layoutNetwork({
      nodes: network.officials.map((o) => ({ id: o.id, weight: o.meetings })),
      links: lines.map((p) => ({ a: p.a, b: p.b, weight: p.meetings })),
    }).map((n) => [n.id, n]),
  );
  const most = Math.max(...lines.map((p) => p.meetings), 1);
  const byId = new Map(network.officials.map((o) => [o.id, o]));
  const name = (id: number) => {
    const o = byId.get(id);
    return o ? personName(o, locale) : "";
  };
  return (
    <svg viewBox={`0 0 ${NETWORK_WIDTH} ${NETWORK_HEIGHT}`} role="group" aria-label={t.network.figureLabel(network.officials.length)} className="network-graph h-auto w-full">
      <g className="network-links">
        {lines.map((p) => {
          const a = placed.get(p.a);
          const b = placed.get(p.b);
          if (!a || !b) return null;
          return (
            <line key={`${p.a}-${p.b}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={0.6 + 5 * (p.meetings / most)}>
              <title>{`${name(p.a)} — ${name(p.b)}: ${t.network.meetings(p.meetings)}`}</title>
            </line>
          );
        })}
      </g>
      {network.officials.map((o, i) => {
        const n = placed.get(o.id);
        if (!n) return null;
        return (
          <a key={o.id} href={localePath(locale, `/officials/${o.slug}`)} aria-label={`${personName(o, locale)}: ${t.network.meetings(o.meetings)}`}>
            <circle cx={n.x} cy={n.y} r={n.r} className={countryClass(o.countryCode)}>
              <title>{`${personName(o, locale)}: ${t.network.meetings(o.meetings)}`}</title>
            </circle>
            {i < LABELLED && (
              <text x={n.x} y={n.y + n.r + 11} textAnchor="middle" className="network-label">
                {personName(o, locale).split(" ").at(-1)}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}

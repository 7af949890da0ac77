import { localName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { MAP_HEIGHT, MAP_WIDTH, worldMap } from "@/lib/map/world-map";
import { WORLD_SVG_PATH } from "@/lib/map/world-svg";
import type { LocatedPlace } from "@/lib/map/locate-places";

/** Places named on the map; the rest by their tooltip and in the table. */
const LABELLED = 8;

/** The meeting places on a world map drawn on the server as SVG: circles' area ∝ meetings, largest below. */
export function MeetingMap({ places, locale, t }: { places: LocatedPlace[]; locale: Locale; t: Messages }) {
  const world = worldMap();
  const most = Math.max(...places.map((p) => p.meetings), 1);
  const drawn = places.flatMap((p) => {
    const xy = world.project(p.location.lon, p.location.lat);
    return xy ? [{ ...p, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, r: 3 + 17 * Math.sqrt(p.meetings / most) }] : [];
  });
  return (
    <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={t.map.figureLabel(drawn.length)} className="meeting-map h-auto w-full">
      {/* The countries from a file the browser keeps (lib/map/world-svg.ts), the places drawn over them. */}
      <image href={WORLD_SVG_PATH} width={MAP_WIDTH} height={MAP_HEIGHT} />
      {drawn.map((p) => (
        <circle key={p.nameRu} cx={p.x} cy={p.y} r={p.r} className="map-place">
          <title>{`${localName(p.nameRu, p.nameEn, locale)}: ${t.map.meetings(p.meetings)}`}</title>
        </circle>
      ))}
      {drawn.slice(0, LABELLED).map((p) => (
        <text key={p.nameRu} x={p.x + p.r + 3} y={p.y + 4} className="map-label">
          {localName(p.nameRu, p.nameEn, locale)}
        </text>
      ))}
    </svg>
  );
}

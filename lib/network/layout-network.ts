import { LRUCache } from "lru-cache";
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";

export interface LayoutInput {
  nodes: { id: number; weight: number }[];
  links: { a: number; b: number; weight: number }[];
}

export interface PlacedNode {
  id: number;
  x: number;
  y: number;
  r: number;
}

export const NETWORK_WIDTH = 800;
export const NETWORK_HEIGHT = 560;
const MARGIN = 40;
/** Ticks to rest, with the cooling rate that gets there (d3's default takes 300 ticks: measured at
 *  30 ms for 40 officials on a loaded machine; 120 look the same). */
const TICKS = 120;
const ALPHA_DECAY = 1 - Math.pow(0.001, 1 / TICKS);

/**
 * Layouts already run, by their input. The simulation was the largest part of the network page's server
 * time (15–30 ms for 40 officials on the shared benchmark machine, against a few ms for its queries);
 * the same input always gives the same layout, and a write — which empties the response cache — seldom
 * changes who the busiest officials are or how often they met, so a render after it usually finds its
 * layout here. A few views' worth: the unfiltered network and the filters readers use most.
 */
const layouts = new LRUCache<string, PlacedNode[]>({ max: 64 });

/** Where each official stands in the network drawing (`placeNodes`), computed once per distinct input. */
export function layoutNetwork(input: LayoutInput): PlacedNode[] {
  const key = JSON.stringify(input);
  const known = layouts.get(key);
  if (known) return known;
  const placed = placeNodes(input);
  layouts.set(key, placed);
  return placed;
}

/**
 * Where each official stands in the network drawing: a force layout (d3-force) run to rest on the server,
 * so the page is a plain SVG that needs no script and comes out the same for the same archive (d3-force
 * starts from a fixed spiral and jiggles with its own seeded generator). Radius grows with the square root
 * of meetings (area ∝ meetings); officials who met often are pulled together. Fitted into the drawing.
 */
export function placeNodes({ nodes, links }: LayoutInput): PlacedNode[] {
  if (nodes.length === 0) return [];
  const most = Math.max(...nodes.map((n) => n.weight), 1);
  const radius = (w: number) => 4 + 14 * Math.sqrt(w / most);
  const sim: (SimulationNodeDatum & { id: number; r: number })[] = nodes.map((n) => ({ id: n.id, r: radius(n.weight) }));
  const strongest = Math.max(...links.map((l) => l.weight), 1);
  forceSimulation(sim)
    .alphaDecay(ALPHA_DECAY)
    .force("charge", forceManyBody().strength(-140))
    .force("link", forceLink(links.map((l) => ({ source: l.a, target: l.b, weight: l.weight }))).id((d) => (d as { id: number }).id).distance(70).strength((l) => 0.1 + 0.6 * (l.weight / strongest)))
    .force("collide", forceCollide<(typeof sim)[number]>((d) => d.r + 3))
    .force("x", forceX(0).strength(0.06))
    .force("y", forceY(0).strength(0.09))
    .stop()
    .tick(TICKS);
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((NETWORK_WIDTH - 2 * MARGIN) / Math.max(x1 - x0, 1), (NETWORK_HEIGHT - 2 * MARGIN) / Math.max(y1 - y0, 1), 3);
  const dx = (NETWORK_WIDTH - (x1 - x0) * scale) / 2;
  const dy = (NETWORK_HEIGHT - (y1 - y0) * scale) / 2;
  return sim.map((n) => ({ id: n.id, r: n.r, x: round(dx + ((n.x ?? 0) - x0) * scale), y: round(dy + ((n.y ?? 0) - y0) * scale) }));
}

const round = (v: number) => Math.round(v * 10) / 10;

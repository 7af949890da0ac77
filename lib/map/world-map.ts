import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

/** Natural Earth's numeric codes of the two sides, drawn a shade darker. */
const SIDES = new Set(["398", "840"]);

export interface WorldMap {
  /** Every country's outline but the two sides'. */
  land: string;
  /** Kazakhstan's and the United States' outlines. */
  sides: string;
  /** Borders between countries. */
  borders: string;
  project(lon: number, lat: number): [number, number] | null;
}

let built: WorldMap | null = null;

/**
 * The world as SVG paths in the Natural Earth projection, from the 1:110m Natural Earth TopoJSON that
 * the world-atlas package ships: nothing is fetched when a page is drawn. Built once per process (about
 * 100 KB of paths' text).
 */
export function worldMap(): WorldMap {
  if (built) return built;
  const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection).digits(1);
  const pick = (side: boolean): FeatureCollection => ({ type: "FeatureCollection", features: countries.features.filter((f) => SIDES.has(String(f.id)) === side) });
  built = {
    land: path(pick(false)) ?? "",
    sides: path(pick(true)) ?? "",
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? "",
    project: (lon, lat) => projection([lon, lat]),
  };
  return built;
}

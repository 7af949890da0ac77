import { MAP_HEIGHT, MAP_WIDTH, worldMap } from "./world-map";

/** Where pages find the basemap (app/map/world.svg/route.ts). */
export const WORLD_SVG_PATH = "/map/world.svg";

/**
 * The world map's countries and borders as a standalone SVG document, with the page's colours for
 * either scheme (Tailwind's stone-200/300 on light, 800/700 on dark; borders in the page's background).
 * The map page draws its places over this as an image: the paths are about 100 KB and the same on every
 * page, so inline they were most of the page's bytes — twice, in its HTML and in React's payload — on
 * every render; as a file the browser fetches them once.
 */
export function worldSvg(): string {
  const world = worldMap();
  const style =
    ".l{fill:oklch(92.3% .003 48.717)}.s{fill:oklch(86.9% .005 56.366)}.b{fill:none;stroke:#fff;stroke-width:.5}" +
    "@media (prefers-color-scheme:dark){.l{fill:oklch(26.8% .007 34.298)}.s{fill:oklch(37.4% .01 67.558)}.b{stroke:oklch(14.7% .004 49.25)}}";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">` +
    `<style>${style}</style><path class="l" d="${world.land}"/><path class="s" d="${world.sides}"/><path class="b" d="${world.borders}"/></svg>`
  );
}

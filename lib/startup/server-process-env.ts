/**
 * Memory settings for the web server's process (scripts/serve.ts as `npm start` and `npm run test:load`
 * start it). Measured with `npm run test:load` on the seed + evaluation archive after every page had
 * been rendered once: resident memory 680 MB with Node's defaults, 597 MB with two malloc arenas (glibc
 * otherwise keeps one per thread, each holding freed memory), 394 MB with the old generation also held
 * to 320 MB — V8 collects sooner instead of growing; with 384 MB, 438 MB on the 100,000-article archive. Renders for the response cache take turns (four at
 * a time), which is what keeps the live heap far below that limit. A NODE_OPTIONS that sets its own
 * heap limit wins.
 */
export function serverProcessEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = base.NODE_OPTIONS ?? "";
  return {
    ...base,
    MALLOC_ARENA_MAX: base.MALLOC_ARENA_MAX ?? "2",
    NODE_OPTIONS: options.includes("--max-old-space-size") ? options : `${options} --max-old-space-size=384`.trim(),
  };
}

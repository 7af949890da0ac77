/**
 * The shape of a load scenario (`scripts/load/*.scenario.ts`), run by `npm run test:load`. `serverPid`
 * is set when the runner started the server itself (or was given `--pid`), so a scenario can read the
 * server's memory; a scenario that does not need it ignores it.
 */
export interface ScenarioOptions {
  baseUrl: string;
  log: (line: string) => void;
  serverPid?: number;
}

export type Scenario = (o: ScenarioOptions) => Promise<{ ok: boolean }>;

// The worker thread's entry: tsx compiles the TypeScript worker (and the importer it reads) in this
// thread too — a loader given to a worker through execArgv is not applied to it on Node 20.
import { register } from "tsx/esm/api";

register();
const { default: extract } = await import("./extract-worker.ts");
export default extract;

// The worker thread's entry, as lib/importer/pool/extract-worker.mjs: tsx compiles the TypeScript worker here.
import { register } from "tsx/esm/api";

register();
const { default: formatCsv } = await import("./csv-worker.ts");
export default formatCsv;

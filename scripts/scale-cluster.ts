/**
 * `npm run scale:cluster [-- --solo]`: the cluster `npm run test:scale` tests — a primary and a streaming
 * replica with the seed archive, two instances behind a round-robin proxy — kept up until Ctrl-C, to
 * point `npm run test:load -- --url <proxy>` at. `--solo` adds one instance on the primary alone, the
 * one-machine setup to compare with. Per-client allowances are off (load comes from one address).
 * Everything listens on 127.0.0.1 and is removed on exit.
 */
import { startScaleCluster } from "../tests/scale/support/scale-cluster";

const cluster = await startScaleCluster({ solo: process.argv.includes("--solo"), log: (line) => console.log(line) });
console.log("ready; Ctrl-C stops it");
const stop = () => void cluster.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

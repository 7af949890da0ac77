import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface WeightedPaths {
  name: string;
  weight: number;
  paths: string[];
}

export interface WrkResult {
  requests: number;
  seconds: number;
  errors: { connect: number; read: number; write: number; status: number; timeout: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

/**
 * Runs wrk (Debian: `apt-get install wrk`; C, so the load costs the shared CPU far less than a Node
 * client would) against `baseUrl` with each request drawn from `mix` by weight. Only loopback targets:
 * load never leaves the machine. Errors are wrk's: failed connections, reads and writes, timeouts, and
 * answers with a status of 400 or above.
 */
export async function runWrk(baseUrl: string, mix: WeightedPaths[], o: { connections: number; seconds: number; threads?: number; timeoutSeconds?: number; headers?: Record<string, string> }): Promise<WrkResult> {
  const host = new URL(baseUrl).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) throw new Error(`load is only sent to this machine, not to ${host}`);
  const dir = await mkdtemp(path.join(tmpdir(), "chronicle-wrk-"));
  try {
    const script = path.join(dir, "mix.lua");
    await writeFile(script, luaScript(mix, o.headers ?? {}));
    const args = ["-t", String(o.threads ?? 2), "-c", String(o.connections), "-d", `${o.seconds}s`, "--timeout", `${o.timeoutSeconds ?? 10}s`, "-s", script, baseUrl];
    const output = await run("wrk", args);
    const json = /^CHRONICLE_RESULT (.*)$/m.exec(output)?.[1];
    if (!json) throw new Error(`wrk printed no result:\n${output}`);
    return JSON.parse(json) as WrkResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const luaString = (text: string) => JSON.stringify(text); // paths are percent-encoded ASCII: a JSON string is a Lua string

function luaScript(mix: WeightedPaths[], headers: Record<string, string>): string {
  const groups = mix.filter((g) => g.paths.length > 0);
  const total = groups.reduce((sum, g) => sum + g.weight, 0);
  let cumulative = 0;
  const table = groups
    .map((g) => {
      cumulative += g.weight / total;
      return `  { ${cumulative.toFixed(6)}, { ${g.paths.map(luaString).join(", ")} } }`;
    })
    .join(",\n");
  const headerTable = Object.entries(headers).map(([k, v]) => `[${luaString(k)}] = ${luaString(v)}`).join(", ");
  return `local groups = {\n${table}\n}
local headers = { ${headerTable} }
local seeded = false
request = function()
  if not seeded then math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)); seeded = true end
  local r = math.random()
  local group = groups[#groups][2]
  for _, g in ipairs(groups) do if r <= g[1] then group = g[2]; break end end
  return wrk.format("GET", group[math.random(#group)], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('CHRONICLE_RESULT {"requests":%d,"seconds":%.3f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"latencyMs":{"p50":%.1f,"p90":%.1f,"p99":%.1f,"max":%.1f}}\\n',
    summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
`;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error("wrk is not installed: apt-get install wrk") : error),
    );
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`wrk exited with ${code}:\n${output}`))));
  });
}

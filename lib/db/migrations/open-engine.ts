import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

import { AtomicAdapterFactory } from "./atomic-adapter-factory";
import { checkConnection } from "./check-connection";
import { parseDatabaseUrl } from "./database-url";
import { loadSchemaEngine, type SchemaEngine } from "./load-schema-engine";

export type OpenEngine = {
  engine: SchemaEngine;
  adapters: AtomicAdapterFactory;
  close(): Promise<void>;
};

/** Engine log lines are JSON; `onMessage` receives their `fields.message`. */
export async function openEngine(databaseUrl: string, onMessage: (message: string) => void = () => {}): Promise<OpenEngine> {
  const config = parseDatabaseUrl(databaseUrl);
  await checkConnection(config);
  const SchemaEngine = await loadSchemaEngine();
  const adapters = new AtomicAdapterFactory(config);
  const onLog = (line: string) => {
    try {
      const message = (JSON.parse(line) as { fields?: { message?: unknown } }).fields?.message;
      if (typeof message === "string") onMessage(message);
    } catch {
      onMessage(line);
    }
  };
  let engine: SchemaEngine;
  try {
    // The binding turns errors thrown by the adapter into the result values the engine reads.
    engine = await SchemaEngine.new({ datamodels: undefined }, onLog, bindMigrationAwareSqlAdapterFactory(adapters));
  } catch (error) {
    await adapters.close();
    throw error;
  }
  return {
    engine,
    adapters,
    async close() {
      engine.free();
      await adapters.close();
    },
  };
}

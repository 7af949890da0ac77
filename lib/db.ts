import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { requireDatabaseUrl } from "./env";

export type Db = PrismaClient;

export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per process; kept on globalThis so Next's dev reloads do not open a pool per edit.
const holder = globalThis as unknown as { chronicleDb?: Db };

/** The app's database client, created on first use (a build without a database never touches it). */
export function getDb(): Db {
  holder.chronicleDb ??= createDb(requireDatabaseUrl());
  return holder.chronicleDb;
}

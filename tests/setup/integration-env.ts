import { inject } from "vitest";

// Code under test reads DATABASE_URL; point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");

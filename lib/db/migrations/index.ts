export { applyMigrations, type ApplyMigrationsOptions } from "./apply-migrations";
export { createMigration, type CreateMigrationOptions } from "./create-migration";
export { DatabaseUnreachableError, MigrationError, MigrationFailedError } from "./errors";

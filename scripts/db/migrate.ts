/**
 * `npm run db:migrate`: apply the migrations to DATABASE_URL (over DATABASE_MIGRATION_URL
 * when set), or to PGlite under DATA_DIR. The release step when MIGRATE_ON_START=false;
 * the same code as a server's start-up migration.
 */
import { closeDatabase, getDatabase } from "../../src/server/db/get-database";
import { migrateDatabase } from "../../src/server/db/migrate-database";
import { getEnv } from "../../src/server/env";

process.env.MIGRATE_ON_START = "false"; // migrate once, below, whatever the environment says
const database = await getDatabase();
await migrateDatabase(database, { migrationUrl: getEnv().DATABASE_MIGRATION_URL });
console.log(`Migrations applied (${database.engine}).`);
await closeDatabase();

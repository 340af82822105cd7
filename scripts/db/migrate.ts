/** `npm run db:migrate`: apply the migrations to DATABASE_URL, or to PGlite under DATA_DIR. */
import { closeDatabase, getDatabase } from "../../src/server/db/get-database";

const database = await getDatabase();
console.log(`Migrations applied (${database.engine}).`);
await closeDatabase();

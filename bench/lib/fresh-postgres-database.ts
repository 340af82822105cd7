import pg from "pg";

/**
 * A new, migrated PostgreSQL database at `url` (dropped first when a previous run left it),
 * and how to drop it afterwards. The app's modules load lazily, after the caller has set
 * its environment.
 */
export async function freshPostgresDatabase(url: string): Promise<{ drop: () => Promise<void> }> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const { openDatabase } = await import("../../src/server/db/open-database");
  const { migrateDatabase } = await import("../../src/server/db/migrate-database");
  const database = await openDatabase({ engine: "postgres", url });
  await migrateDatabase(database);
  await database.close();
  return {
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

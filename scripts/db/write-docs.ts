/** `npm run db:docs`: writes docs/DATABASE.md from the schema and the migrations. */
import { writeFileSync } from "node:fs";
import { migrateDatabase } from "../../src/server/db/migrate-database";
import { openDatabase } from "../../src/server/db/open-database";
import { renderDatabaseDoc } from "./lib/render-database-doc";

// Always a fresh in-memory PGlite: the rendering must not depend on which server, or
// which version of PostgreSQL, the developer has at hand.
const database = await openDatabase({ engine: "pglite" });
try {
  await migrateDatabase(database);
  writeFileSync("docs/DATABASE.md", await renderDatabaseDoc(database));
  console.log("Wrote docs/DATABASE.md");
} finally {
  await database.close();
}

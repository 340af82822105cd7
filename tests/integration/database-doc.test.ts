/** docs/DATABASE.md is what `npm run db:docs` writes from the current schema and migrations. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { migrateDatabase } from "../../src/server/db/migrate-database";
import { openDatabase } from "../../src/server/db/open-database";
import { renderDatabaseDoc } from "../../scripts/db/lib/render-database-doc";

test("the committed docs/DATABASE.md is up to date (run `npm run db:docs` if this fails)", async () => {
  const database = await openDatabase({ engine: "pglite" });
  try {
    await migrateDatabase(database);
    const rendered = await renderDatabaseDoc(database);
    expect(rendered).toContain("### User (`users`)");
    expect(readFileSync("docs/DATABASE.md", "utf8")).toBe(rendered);
  } finally {
    await database.close();
  }
});

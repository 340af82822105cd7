/**
 * `npm run badges:backfill`: signs a credential for every earned badge that has none
 * (badges earned before credentials existed). Safe to run again.
 */
import { backfillBadgeCredentials } from "../../src/server/credentials/backfill-badge-credentials";
import { closeDatabase } from "../../src/server/db/get-database";

const issued = await backfillBadgeCredentials();
console.log(`Badge credentials issued: ${issued}.`);
await closeDatabase();

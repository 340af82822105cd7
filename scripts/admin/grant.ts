/** `npm run admin:grant -- <email> <ROLE>`: an operator gives an account a role (README, "First admin"). */
import { closeDatabase } from "../../src/server/db/get-database";
import { runAdminGrantCommand } from "../../src/server/users/run-admin-grant-command";

try {
  process.exitCode = await runAdminGrantCommand(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
} finally {
  await closeDatabase();
}

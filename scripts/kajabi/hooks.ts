/** `npm run kajabi:hooks -- list|register|remove`: Kajabi's hooks for this app (README, "Kajabi"). */
import { runKajabiHooksCommand } from "../../src/server/kajabi/kajabi-api/run-kajabi-hooks-command";

process.exitCode = await runKajabiHooksCommand(process.argv[2], {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

import "server-only";
import { getEnv } from "../../env";
import { AppError } from "../../errors";

/** Local sign-up/sign-in exist only when AUTH_PROVIDER=local. */
export function requireLocalAuth(): void {
  if (getEnv().AUTH_PROVIDER !== "local") {
    throw new AppError("NOT_FOUND", "errors.auth.localDisabled");
  }
}

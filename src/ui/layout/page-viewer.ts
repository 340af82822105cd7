import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { readOwnSettings } from "@/server/accounts/read-own-settings";
import { getPageUser } from "@/server/auth/page-guards";
import { getEnv } from "@/server/env";
import { toViewer } from "@/server/page-cache/to-viewer";
import type { Viewer } from "@/server/page-cache/personal-slot-values";

/** The viewer of the page being rendered (null: nobody signed in), once per request. */
export const pageViewer = cache(async (): Promise<Viewer | null> => {
  const user = await getPageUser();
  if (!user) return null;
  const t = await getTranslations("common");
  // Only a local account can be unconfirmed; Clerk confirms emails itself.
  const emailVerified =
    getEnv().AUTH_PROVIDER !== "local" || (await readOwnSettings(user)).emailVerified;
  return toViewer(user, t(`roles.${user.role}`), emailVerified);
});

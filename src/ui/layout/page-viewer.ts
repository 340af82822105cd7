import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getPageUser } from "@/server/auth/page-guards";
import { toViewer } from "@/server/page-cache/to-viewer";
import type { Viewer } from "@/server/page-cache/personal-slot-values";

/** The viewer of the page being rendered (null: nobody signed in), once per request. */
export const pageViewer = cache(async (): Promise<Viewer | null> => {
  const user = await getPageUser();
  if (!user) return null;
  const t = await getTranslations("common");
  return toViewer(user, t(`roles.${user.role}`));
});

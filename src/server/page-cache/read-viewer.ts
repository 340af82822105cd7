import "server-only";
import { createTranslator } from "next-intl";
import { intlLocale, type Locale } from "@/i18n/locales";
import { catalogues } from "@/i18n/messages";
import type { Viewer } from "./personal-slot-values";
import { getCurrentUser } from "../auth/get-current-user";
import { toViewer } from "./to-viewer";

/** The signed-in visitor of a request (null: none, or the session ended), for the proxy. */
export async function readViewer(headers: Headers, locale: Locale): Promise<Viewer | null> {
  const user = await getCurrentUser(headers);
  if (!user) return null;
  const t = createTranslator({
    locale: intlLocale[locale],
    messages: catalogues[locale],
    namespace: "common",
  });
  return toViewer(user, t(`roles.${user.role}`));
}

import { z } from "zod";
import { getCurrentUser } from "@/server/auth/get-current-user";
import { saveLocale } from "@/server/accounts/save-locale";
import { apiRoute } from "@/server/http/api-route";
import { readBodyText } from "@/server/http/read-body-text";
import { safeNextPath } from "@/server/http/safe-next-path";
import { localeCookieHeader } from "@/i18n/locale-cookie";
import { locales } from "@/i18n/locales";

const switchInput = z.object({
  locale: z.enum(locales),
  returnTo: z.string().max(2048).optional(),
});

/**
 * The header's language switcher (docs/product.md §14): a plain form post, so it works
 * without JavaScript. Sets NEXT_LOCALE, saves the choice for a signed-in person (their
 * mails follow it), and sends the browser back to the page it came from.
 */
export const POST = apiRoute(async (request) => {
  const form = new URLSearchParams(await readBodyText(request, 4096));
  const input = switchInput.parse({
    locale: form.get("locale") ?? undefined,
    returnTo: form.get("returnTo") ?? undefined,
  });
  const user = await getCurrentUser(request.headers);
  if (user) await saveLocale(user, input.locale);
  return new Response(null, {
    status: 303,
    headers: {
      Location: safeNextPath(input.returnTo ?? "/"),
      "Set-Cookie": localeCookieHeader(input.locale),
      "Cache-Control": "no-store",
    },
  });
});

import type { Messages } from "./messages";

/**
 * The catalogue's namespaces client components read with useTranslations. Only these
 * travel to the browser (NextIntlClientProvider in the root layout), so a page's payload
 * carries the words its interactive parts need and not the whole catalogue; server
 * components translate everything else and pass plain strings down.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "errorPages",
  "forms",
  "evidence",
] as const satisfies readonly (keyof Messages)[];

export function clientMessages(
  messages: Messages,
): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, messages[name]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}

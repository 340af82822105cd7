import { isLocale, type Locale } from "./locales";

/**
 * The visitor's language: the NEXT_LOCALE cookie when it names one we speak, else the
 * first language in Accept-Language (by q-value) that we speak, else the fallback
 * (DEFAULT_LOCALE; undefined asks whether the visitor named one at all). "in" is the old
 * ISO code for Indonesian that some systems still send.
 */
export function resolveLocale<Fallback extends Locale | undefined>(input: {
  cookie: string | undefined;
  acceptLanguage: string | null | undefined;
  fallback: Fallback;
}): Locale | Fallback {
  if (isLocale(input.cookie)) return input.cookie;
  for (const tag of preferredLanguages(input.acceptLanguage ?? "")) {
    const primary = tag.split("-")[0]!;
    if (primary === "in") return "id";
    if (isLocale(primary)) return primary;
  }
  return input.fallback;
}

/** Accept-Language's tags, lower-cased, most preferred first; q=0 means "not this". */
function preferredLanguages(header: string): string[] {
  return header
    .slice(0, 512)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

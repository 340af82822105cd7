import en from "../../messages/en.json";
import id from "../../messages/id.json";
import type { Locale } from "./locales";

/** One catalogue per language (messages/<locale>.json); English is the reference shape. */
export type Messages = typeof en;

export const catalogues: Record<Locale, Messages> = { en, id };

import { createTranslator, type MessageKeys, type NestedKeyOf } from "use-intl/core";
import { intlLocale, type Locale } from "@/i18n/locales";
import { catalogues, type Messages } from "@/i18n/messages";

/** A piece of the sentence: text, or a person (to be linked to /admin/users/<id>). */
export type AuditPart = string | { userId: string; label: string };

/** A message of the audit log, written out in full ("audit.entries.badgeCreated"). */
export type AuditKey = Extract<MessageKeys<Messages, NestedKeyOf<Messages>>, `audit.${string}`>;

/** What a sentence interpolates: text and numbers, people, or a phrase holding people. */
export type AuditValue = string | number | AuditPart | AuditPart[];

export interface AuditLanguage {
  /** The message with its values; people stay parts of their own, to be linked. */
  sentence: (key: AuditKey, values?: Record<string, AuditValue>) => AuditPart[];
  /** The message as plain text (no people in it). */
  text: (key: AuditKey, values?: Record<string, string | number>) => string;
  /** Whether the catalogue has this message (field and outcome names fall back to the code). */
  has: (key: AuditKey) => boolean;
  /** "role and cohort" / "peran dan angkatan". */
  list: (items: string[]) => string;
  /** 1234 → "1,234" / "1.234". */
  number: (value: number) => string;
}

// A person or phrase travels through the ICU message as a marker no one types, and the
// formatted text is cut at the markers: the message decides the word order, and people
// keep their links whatever the language puts around them.
const MARKER = /\uE000(\d+)\uE001/;

const languages = new Map<Locale, AuditLanguage>();

/** The audit log's wording in one language (one translator per language, reused). */
export function auditLanguage(locale: Locale): AuditLanguage {
  const known = languages.get(locale);
  if (known) return known;
  const t = createTranslator({ locale: intlLocale[locale], messages: catalogues[locale] });
  const lists = new Intl.ListFormat(intlLocale[locale], { type: "conjunction" });
  const numbers = new Intl.NumberFormat(intlLocale[locale]);
  const language: AuditLanguage = {
    sentence: (key, values = {}) => {
      const held: AuditPart[][] = [];
      const plain = Object.fromEntries(
        Object.entries(values).map(([name, value]) => {
          if (typeof value === "string" || typeof value === "number") return [name, value];
          held.push(Array.isArray(value) ? value : [value]);
          return [name, `\uE000${held.length - 1}\uE001`];
        }),
      );
      const pieces = t(key, plain).split(MARKER);
      return pieces.flatMap((piece, index) =>
        index % 2 === 1 ? held[Number(piece)]! : piece ? [piece] : [],
      );
    },
    text: (key, values) => t(key, values),
    has: (key) => t.has(key),
    list: (items) => lists.format(items),
    number: (value) => numbers.format(value),
  };
  languages.set(locale, language);
  return language;
}

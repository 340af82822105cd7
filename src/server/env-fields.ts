import { z } from "zod";

// Field types of the environment schema (env.ts).

/** A comma-separated list, trimmed, without empty items. */
export const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** Text, trimmed; blank is unset. */
export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

/** Whether Intl knows the IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A switch that is on unless set to "false". */
export const onUnlessFalse = z
  .enum(["true", "false", ""])
  .optional()
  .transform((value) => value !== "false");

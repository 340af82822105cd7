import type { Formatter } from "./formatter";

/**
 * "3 Mar 2026, 21:05 GMT+7" / "3 Mar 2026, 21.05 WIB": an instant in DISPLAY_TIME_ZONE,
 * named, so nobody mistakes it for their own zone.
 */
export function formatDateTime(format: Formatter, value: string | Date): string {
  return format.dateTime(new Date(value), "dateTime");
}

import type { Formats } from "next-intl";

/**
 * Named formats, so every page shows a date, a time or a number the same way. The time
 * zone is not here: it comes from DISPLAY_TIME_ZONE through the request config.
 */
export const formats = {
  dateTime: {
    /** "3 Mar 2026" / "3 Mar 2026". */
    date: { dateStyle: "medium" },
    /** "3 Mar 2026, 21:05 GMT+7" / "3 Mar 2026, 21.05 WIB". */
    // Spelt out: Intl refuses timeZoneName together with dateStyle/timeStyle.
    dateTime: {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    },
    /** "Mar 2026" / "Mar 2026": chart axes. */
    month: { month: "short", year: "numeric" },
    /** "3 Mar" / "3 Mar": week labels on charts. */
    dayMonth: { day: "numeric", month: "short" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 0 },
  },
} satisfies Formats;

import { createFormatter } from "next-intl";
import { describe, expect, test } from "vitest";
import { formats } from "@/i18n/formats";
import { intlLocale, type Locale } from "@/i18n/locales";
import { formatDate } from "@/ui/format/format-date";
import { formatDateTime } from "@/ui/format/format-date-time";
import { formatFileSize } from "@/ui/format/format-file-size";

function formatter(locale: Locale, timeZone = "Asia/Jakarta") {
  return createFormatter({ locale: intlLocale[locale], timeZone, formats });
}

describe("dates, times and sizes for each language", () => {
  test("an instant is shown in the display time zone, named", () => {
    expect(formatDateTime(formatter("en"), "2026-03-03T14:05:00Z")).toBe("3 Mar 2026, 21:05 GMT+7");
    expect(formatDateTime(formatter("id"), "2026-03-03T14:05:00Z")).toBe("3 Mar 2026, 21.05 WIB");
  });

  test("an instant late in the UTC day is the next day in Jakarta", () => {
    expect(formatDate(formatter("id"), "2026-03-03T20:30:00Z")).toBe("4 Mar 2026");
  });

  test("a calendar date never shifts, whatever the zone", () => {
    for (const zone of ["Asia/Jakarta", "Pacific/Honolulu", "Asia/Tokyo", "UTC"]) {
      expect(formatDate(formatter("en", zone), "2026-03-03")).toBe("3 Mar 2026");
    }
    expect(formatDate(formatter("id"), "2026-08-17")).toBe("17 Agu 2026");
  });

  test("numbers and file sizes follow the language", () => {
    expect(formatter("id").number(1129)).toBe("1.129");
    expect(formatter("en").number(1129)).toBe("1,129");
    expect(formatFileSize(formatter("en"), 840)).toBe("840 bytes");
    expect(formatFileSize(formatter("id"), 3.4 * 1024 * 1024)).toBe("3,4 MB");
    expect(formatFileSize(formatter("en"), 12 * 1024)).toBe("12 kB");
  });
});

import type { Formatter } from "./formatter";

/** "840 bytes", "12 kB", "3.4 MB" / "840 byte", "12 kB", "3,4 MB" (1 kB = 1,024 bytes). */
export function formatFileSize(format: Formatter, bytes: number): string {
  if (bytes < 1024)
    return format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "long" });
  if (bytes < 1024 * 1024) {
    return format.number(Math.round(bytes / 1024), { style: "unit", unit: "kilobyte" });
  }
  return format.number(bytes / (1024 * 1024), {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  });
}

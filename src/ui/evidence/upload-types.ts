import type { UploadType } from "@/server/activities/activity-canon";
import type { Formatter } from "@/ui/format/formatter";

const EXTENSIONS: Record<UploadType, string[]> = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
};

const NAMES: Record<UploadType, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
};

/** The file picker's `accept` for the activity's types (".pdf,.jpg,.jpeg,.png,.webp"). */
export function acceptAttribute(types: readonly UploadType[]): string {
  return types.flatMap((type) => EXTENSIONS[type]).join(",");
}

/** "PDF, JPEG, PNG or WebP" / "PDF, JPEG, PNG, atau WebP", in the reader's language. */
export function typeNames(format: Formatter, types: readonly UploadType[]): string {
  return format.list(
    types.map((type) => NAMES[type]),
    { type: "disjunction" },
  );
}

/**
 * Whether the browser's guess of a file's type (from its extension) is one the activity
 * takes: a quick early "no" for an obviously wrong file. The server decides by content.
 */
export function looksAccepted(file: { type: string }, types: readonly UploadType[]): boolean {
  return file.type === "" || (types as readonly string[]).includes(file.type);
}

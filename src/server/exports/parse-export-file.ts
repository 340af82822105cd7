import { AppError } from "../errors";
import { EXPORT_KINDS, type ExportKind } from "./export-filters";

/** The kind named by an export's file name, e.g. `points.csv`; anything else is not found. */
export function parseExportFile(file: string): ExportKind {
  const kind = file.endsWith(".csv") ? file.slice(0, -4) : "";
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    throw new AppError("NOT_FOUND", "errors.exports.unknown", { values: { file } });
  }
  return kind as ExportKind;
}

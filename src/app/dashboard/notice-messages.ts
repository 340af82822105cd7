import { getTranslations } from "next-intl/server";

const NOTICES = ["submitted", "saved", "withdrawn", "language"] as const;

/**
 * The confirmations a redirect can ask the dashboard and settings pages to show
 * (`?notice=…`). Only these fixed texts are ever displayed: the query string chooses,
 * it never supplies words.
 */
export async function noticeMessage(
  value: string | string[] | undefined,
): Promise<string | undefined> {
  const notice = NOTICES.find((name) => name === value);
  if (!notice) return undefined;
  const t = await getTranslations("dashboard.notices");
  return t(notice);
}

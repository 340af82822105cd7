/**
 * The confirmations a redirect can ask the dashboard pages to show (`?notice=…`). Only
 * these fixed texts are ever displayed: the query string chooses, it never supplies words.
 */
const NOTICES: Record<string, string> = {
  submitted: "Your evidence is submitted. A reviewer will look at it soon.",
  saved: "Your changes are saved.",
  withdrawn: "Your submission is withdrawn.",
};

export function noticeMessage(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? NOTICES[value] : undefined;
}

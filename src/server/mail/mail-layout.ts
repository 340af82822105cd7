import { createTranslator } from "use-intl/core";
import { serverFormatter, serverIntl } from "@/i18n/server-intl";
import { escapeHtml } from "../html/escape-html";
import type { MailContext, RenderedMail } from "./mail-template";

export type MailParts = {
  subject: string;
  /** The reader's name, for the greeting. */
  name: string;
  /** Plain sentences; escaped for the HTML body. */
  paragraphs: string[];
  action: { label: string; url: string };
  /** Why the person gets this mail, under the signature. */
  footer: string;
};

/**
 * The one layout every mail shares: a greeting, a few short paragraphs, one action link
 * and the programme's signature, as plain text and as small inline-styled HTML (mail
 * clients ignore style sheets). Only this function builds HTML, and it escapes everything.
 */
export function renderMail(parts: MailParts, context: MailContext): RenderedMail {
  const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.layout" });
  const greeting = t("greeting", { name: parts.name });
  const text = [
    greeting,
    "",
    ...parts.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    `${parts.action.label}: ${parts.action.url}`,
    "",
    `— ${context.programmeName}`,
    "",
    parts.footer,
    "",
  ].join("\n");
  const p = (content: string) => `<p style="margin:0 0 16px">${content}</p>`;
  const html = [
    `<!doctype html><html lang="${context.locale}"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0f172a">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">`,
    p(escapeHtml(greeting)),
    ...parts.paragraphs.map((paragraph) => p(escapeHtml(paragraph))),
    p(
      `<a href="${escapeHtml(parts.action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(parts.action.label)}</a>`,
    ),
    p(`— ${escapeHtml(context.programmeName)}`),
    `<p style="margin:0;font-size:13px;color:#475569">${escapeHtml(parts.footer)}</p>`,
    `</div></body></html>`,
  ].join("\n");
  return { subject: parts.subject, text, html };
}

/** "LEARN" → "Learn": how mails name an activity (a programme name, never translated). */
export function activityName(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase();
}

/**
 * "You also earned: A, B and C." in the reader's language (the list through
 * Intl.ListFormat), or nothing when no badge was earned.
 */
export function alsoEarned(badges: string[], context: MailContext): string[] {
  if (badges.length === 0) return [];
  const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.layout" });
  return [t("alsoEarned", { badges: serverFormatter(context.locale).list(badges) })];
}

/** The footer of every programme notification. */
export function notificationFooter(context: MailContext): string {
  const t = createTranslator({ ...serverIntl(context.locale), namespace: "mail.layout" });
  return t("notificationFooter", { programme: context.programmeName });
}

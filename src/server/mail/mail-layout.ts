import type { MailContext, RenderedMail } from "./mail-template";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Every value a person typed (names, notes) goes through this before it reaches HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

export type MailParts = {
  subject: string;
  greeting: string;
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
  const text = [
    parts.greeting,
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
    p(escapeHtml(parts.greeting)),
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

/** "LEARN" → "Learn": how mails name an activity. */
export function activityName(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase();
}

/** A list in the reader's language: "A, B and C" / "A, B dan C". */
export function joinNames(names: string[], locale: MailContext["locale"]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${locale === "id" ? "dan" : "and"} ${names.at(-1)}`;
}

/** The footer of every programme notification. */
export function notificationFooter(context: MailContext): string {
  return context.locale === "id"
    ? `Anda menerima email ini karena mengikuti ${context.programmeName}. Anda dapat mematikan email program di Pengaturan atau lewat tautan berhenti berlangganan.`
    : `You get this because you take part in ${context.programmeName}. You can turn programme emails off in Settings or with the unsubscribe link.`;
}

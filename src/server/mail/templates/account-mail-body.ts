import type { RenderedMail } from "../mail-template";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * The shape of the account mails (verification, password reset): a greeting, paragraphs,
 * one action link, a closing note, signed with the programme's name. Every value is
 * escaped in the HTML body, names and addresses included: they are typed by people.
 */
export function accountMailBody(mail: {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  after: string[];
  signature: string;
}): RenderedMail {
  const escape = (value: string) => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
  const text = [
    mail.greeting,
    ...mail.paragraphs,
    `${mail.action.label}:\n${mail.action.url}`,
    ...mail.after,
    `— ${mail.signature}`,
  ].join("\n\n");
  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escape(value)}</p>`;
  const html = [
    `<!doctype html><html><head><meta charset="utf-8"><title>${escape(mail.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">',
    paragraph(mail.greeting),
    ...mail.paragraphs.map(paragraph),
    `<p style="margin:24px 0"><a href="${escape(mail.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">${escape(mail.action.label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px;color:#334155;word-break:break-all">${escape(mail.action.url)}</p>`,
    ...mail.after.map(paragraph),
    `<p style="margin:0;color:#334155">— ${escape(mail.signature)}</p>`,
    "</body></html>",
  ].join("");
  return { subject: mail.subject, text, html };
}

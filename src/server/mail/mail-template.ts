import type { Locale } from "@/i18n/locales";

/**
 * What every mail template is (docs/product.md §13): a name, a category and a pure render
 * function from its data to a subject and plain-text and HTML bodies. Rendering happens
 * when the message is queued, so the outbox holds exactly what the person receives.
 */
export type MailLocale = Locale;

/** `account` mails always go; `notification` mails respect the person's setting. */
export type MailCategory = "account" | "notification";

export type MailContext = {
  /** The app's public address without a trailing slash, for every link in the mail. */
  appUrl: string;
  programmeName: string;
  locale: MailLocale;
};

export type RenderedMail = { subject: string; text: string; html: string };

export type MailTemplate<Data> = {
  name: string;
  category: MailCategory;
  render(data: Data, context: MailContext): RenderedMail;
};

import { getFormatter, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/page-guards";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { getOutboxMessage, type OutboxMessage } from "@/server/mail/get-outbox-message";
import { PageHeader } from "@/ui/common/page-header";
import { PageSection } from "@/ui/common/page-section";
import { formatDateTime } from "@/ui/format/format-date-time";
import { OutboxStatus } from "@/ui/mail/outbox-status";
import { SmtpNotice } from "@/ui/mail/smtp-notice";
import { RetryForm } from "../retry-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailAdmin");
  return { title: t("messageMetaTitle") };
}

/**
 * One outbox message as the recipient gets it. The HTML is shown in a sandboxed iframe
 * (srcdoc, no scripts, no same origin, under the page's own CSP), never as the page's
 * own markup; the plain text beside it as text.
 */
export default async function AdminMailMessagePage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("mailAdmin")]);
  const admin = await requirePageRole("ADMIN", "/admin/mail");
  const { id } = await params;
  let message: OutboxMessage;
  try {
    message = await getOutboxMessage(admin, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const facts: [string, React.ReactNode][] = [
    [t("message.to"), message.to],
    [t("message.status"), <OutboxStatus key="status" item={message} />],
    [t("message.kind"), `${message.template} (${message.category}, ${message.locale})`],
    [t("message.queued"), formatDateTime(format, message.createdAt)],
    ...(message.sentAt
      ? [[t("message.sent"), formatDateTime(format, message.sentAt)] as [string, string]]
      : []),
    ...(message.lastError ? [[t("message.lastError"), message.lastError] as [string, string]] : []),
    ...Object.entries(message.headers).map(([name, value]) => [name, value] as [string, string]),
  ];
  return (
    <>
      <PageHeader
        title={<span lang={message.locale}>{message.subject}</span>}
        back={{ href: "/admin/mail", label: t("message.back") }}
      />
      <SmtpNotice configured={Boolean(getEnv().SMTP_URL)} />
      <dl className="mt-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-slate-700">{term}</dt>
            <dd className="text-slate-800 wrap-anywhere">{value}</dd>
          </div>
        ))}
      </dl>
      {message.status === "failed" ? (
        <RetryForm
          id={message.id}
          labels={{ submit: t("retry.submit"), pending: t("retry.pending") }}
        />
      ) : null}
      {/* The message is in the recipient's language (lang), not the page's. */}
      <PageSection id="html" title={t("message.html")} className="mt-10">
        <iframe
          title={t("message.htmlFrame", { subject: message.subject })}
          sandbox=""
          srcDoc={message.html}
          className="mt-4 h-[32rem] w-full rounded-xl border border-slate-200 bg-white"
        />
      </PageSection>
      <PageSection id="text" title={t("message.text")} className="mt-10">
        <pre
          lang={message.locale}
          className="mt-4 overflow-x-auto rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm whitespace-pre-wrap text-slate-800"
        >
          {message.text}
        </pre>
      </PageSection>
    </>
  );
}

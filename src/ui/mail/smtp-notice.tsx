import { useTranslations } from "next-intl";

/** Whether mail leaves the server: without SMTP_URL nothing is sent (docs/product.md §13). */
export function SmtpNotice({ configured }: { configured: boolean }) {
  const t = useTranslations("mailAdmin.smtp");
  if (configured) return null;
  return (
    <div
      role="note"
      className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
    >
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t.rich("body", { code: (chunks) => <code>{chunks}</code> })}</p>
    </div>
  );
}

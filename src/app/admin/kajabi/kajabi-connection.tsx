import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { getEnv } from "@/server/env";
import { KAJABI_TEST_TAG } from "@/server/kajabi/build-kajabi-test-delivery";
import { SendTestEventForm } from "./test-event-form";

const code = (chunks: ReactNode) => <code className="font-mono">{chunks}</code>;

export function NoEventsYet() {
  const t = useTranslations("kajabiAdmin.noEvents");
  return (
    <AdminEmptyState title={t("title")}>
      <p className="mx-auto max-w-xl">{t.rich("body", { code })}</p>
    </AdminEmptyState>
  );
}

/** How Kajabi proves its deliveries here, and a test delivery through the real endpoint. */
export function KajabiConnectionSection() {
  const t = useTranslations("kajabiAdmin.connection");
  const format = useFormatter();
  const { KAJABI_WEBHOOK_TOKEN: token, KAJABI_WEBHOOK_SECRET: secret } = getEnv();
  const accepted = [token && t("byToken"), secret && t("bySignature")].filter(
    (method): method is string => Boolean(method),
  );
  return (
    <section
      aria-labelledby="test-event-heading"
      className="mt-6 rounded-xl border border-slate-200 bg-slate-50 p-4"
    >
      <h2 id="test-event-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {accepted.length > 0
          ? t("accepts", { methods: format.list(accepted, { type: "conjunction" }) })
          : t("notConfigured")}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        {t.rich("testExplained", { code, tag: KAJABI_TEST_TAG })}
      </p>
      <SendTestEventForm labels={{ submit: t("submit"), pending: t("pending") }} />
    </section>
  );
}

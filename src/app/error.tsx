"use client";

import { useTranslations } from "next-intl";
import { primaryButtonClass } from "@/ui/forms/button-styles";

/**
 * Shown when a page fails to render. It never shows the error's message or stack (they
 * can hold internals); the digest, when present, is a harmless reference that matches
 * the server log entry, so it is offered for support requests.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPages.error");
  const reference = errorDigest(error);
  return (
    <section role="alert" className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 text-lg text-slate-600">{t("body")}</p>
      {reference ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("reference")} <code className="font-mono">{reference}</code>
        </p>
      ) : null}
      <button type="button" onClick={retry} className={`mt-8 ${primaryButtonClass}`}>
        {t("retry")}
      </button>
    </section>
  );
}

function errorDigest(error: unknown): string | undefined {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

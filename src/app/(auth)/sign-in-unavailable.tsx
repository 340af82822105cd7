import { getTranslations } from "next-intl/server";

/**
 * Clerk mode with no hosted sign-in page configured: say so instead of redirecting to
 * ourselves (signInUrl() falls back to /sign-in, which would loop).
 */
export async function SignInUnavailable() {
  const t = await getTranslations("auth.unavailable");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
    </>
  );
}

import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { clientMessages } from "@/i18n/client-messages";
import type { Messages } from "@/i18n/messages";
import { requestOrigin } from "@/server/http/request-origin";
import { SiteFooter } from "@/ui/layout/site-footer";
import { SiteHeader } from "@/ui/layout/site-header";
import { SkipLink } from "@/ui/layout/skip-link";
import { VerifyEmailBanner } from "@/ui/auth/verify-email-banner";
import { resendVerificationLink } from "./(auth)/account-actions";
import { signOut } from "./(auth)/actions";
import "./globals.css";

const mainContentId = "main-content";

/**
 * Site-wide metadata. Shared-link previews need absolute addresses, so the base is the
 * origin the visitor used; the favicon (icon.svg) and the Open Graph pictures
 * (opengraph-image.tsx, here and per profile) are picked up from their files.
 */
export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("metadata"), getLocale()]);
  const description = t("description");
  return {
    metadataBase: new URL(await requestOrigin()),
    title: { default: "LEAPS Tracker", template: "%s · LEAPS Tracker" },
    description,
    openGraph: {
      type: "website",
      locale: locale.replace("-", "_"),
      siteName: "LEAPS Tracker",
      title: "LEAPS Tracker",
      description,
    },
    twitter: { card: "summary_large_image", title: "LEAPS Tracker", description },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f6b6e",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request: each response's scripts need that response's CSP nonce (src/proxy.ts).
  await connection();
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <NextIntlClientProvider messages={clientMessages(messages as Messages)}>
          <SkipLink targetId={mainContentId} />
          <SiteHeader signOut={signOut} />
          <VerifyEmailBanner resend={resendVerificationLink} />
          {/* tabIndex -1 lets the skip link move focus here, not just scroll; a focus ring
            around the whole page would only distract, so it is hidden. */}
          <main id={mainContentId} tabIndex={-1} className="flex-1 outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

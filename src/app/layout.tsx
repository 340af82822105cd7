import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { SiteFooter } from "@/ui/layout/site-footer";
import { SiteHeader } from "@/ui/layout/site-header";
import { SkipLink } from "@/ui/layout/skip-link";
import { signOut } from "./(auth)/actions";
import "./globals.css";

const mainContentId = "main-content";

export const metadata: Metadata = {
  title: { default: "LEAPS Tracker", template: "%s · LEAPS Tracker" },
  description:
    "LEAPS Tracker follows educators through Learn, Explore, Amplify, Present and Shine: submit evidence, earn points and badges, and see the programme's leaderboards.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f6b6e",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request: each response's scripts need that response's CSP nonce (src/proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <SkipLink targetId={mainContentId} />
        <SiteHeader signOut={signOut} />
        {/* tabIndex -1 lets the skip link move focus here, not just scroll; a focus ring
            around the whole page would only distract, so it is hidden. */}
        <main id={mainContentId} tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

import { AccountSlot } from "./account-slot";
import { DesktopNav } from "./desktop-nav";
import { LanguageSwitcher } from "./language-switcher";
import { MobileNav } from "./mobile-nav";
import { pageViewer } from "./page-viewer";
import { PersonalSlot } from "./personal-slot";
import { personalSlotValues } from "@/server/page-cache/personal-slot-values";
import { allNavItems } from "./primary-nav-items";
import { Wordmark } from "./wordmark";

/**
 * The top bar on every page. Relative so the mobile menu panel can drop down beneath it.
 * `signOut` is the app's server action for the account menu. Carries the viewer marker
 * (src/server/page-cache/personal-slot-values.ts) that shows each visitor their own
 * parts of the page.
 */
export async function SiteHeader({ signOut }: { signOut: () => Promise<void> }) {
  const items = allNavItems();
  const slots = personalSlotValues(await pageViewer());
  return (
    <header className="relative z-40 border-b border-slate-200 bg-white">
      <PersonalSlot name="viewer" html={slots.viewer} />
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-2 px-4 sm:px-6">
        <div className="flex items-center gap-6">
          <Wordmark />
          <DesktopNav items={items} />
        </div>
        <div className="flex items-center gap-1">
          <LanguageSwitcher />
          <AccountSlot signOut={signOut} slots={slots} />
          <MobileNav items={items} />
        </div>
      </div>
    </header>
  );
}

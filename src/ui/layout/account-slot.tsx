import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { getPageUser } from "@/server/auth/page-guards";
import { hasRole } from "@/server/users/roles";
import { HeaderDisclosure } from "./header-disclosure";
import { SubmitButton } from "@/ui/forms/submit-button";

const menuItemClass =
  "block w-full rounded-md px-3 py-2.5 text-left text-sm font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-800";

/**
 * The header's account area: sign-in and join links for visitors; for a signed-in
 * user, their initial and name opening a menu with their pages and sign-out (the app's
 * server action, passed in). Reading the session makes every page render per request.
 */
export async function AccountSlot({ signOut }: { signOut: () => Promise<void> }) {
  const user = await getPageUser();
  if (!user) return <SignedOutLinks />;
  const [t, tCommon] = await Promise.all([
    getTranslations("layout.account"),
    getTranslations("common"),
  ]);

  return (
    <HeaderDisclosure
      className="relative"
      summaryClassName="gap-2 rounded-full py-1 pr-2 pl-1 text-sm font-medium text-slate-800 hover:bg-brand-50"
      summary={
        <>
          <span
            aria-hidden="true"
            className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-700 text-sm font-bold text-white"
          >
            {initial(user.name)}
          </span>
          <span className="sr-only">{t("menuFor")}</span>
          <span className="max-w-40 truncate max-sm:sr-only">{user.name}</span>
          <ChevronIcon />
        </>
      }
    >
      <div className="absolute top-full right-0 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
        <div className="border-b border-slate-200 px-3 pt-1 pb-3">
          <p className="truncate text-sm font-semibold text-slate-900">{user.name}</p>
          <p className="text-sm wrap-anywhere text-slate-600">{user.email}</p>
          <p className="mt-1 text-xs font-semibold tracking-wide text-brand-700 uppercase">
            {tCommon(`roles.${user.role}`)}
          </p>
        </div>
        <nav aria-label={t("label")}>
          <ul className="flex flex-col gap-0.5 py-2">
            <li>
              <Link href="/dashboard" className={menuItemClass}>
                {t("dashboard")}
              </Link>
            </li>
            <li>
              <Link href="/settings/profile" className={menuItemClass}>
                {t("profileSettings")}
              </Link>
            </li>
            {hasRole(user.role, "REVIEWER") ? (
              <li>
                <Link href="/admin" className={menuItemClass}>
                  {t("adminConsole")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <form action={signOut} className="border-t border-slate-200 pt-2">
          <SubmitButton
            pendingLabel={t("signingOut")}
            className={`${menuItemClass} flex items-center`}
          >
            {t("signOut")}
          </SubmitButton>
        </form>
      </div>
    </HeaderDisclosure>
  );
}

function SignedOutLinks() {
  const t = useTranslations("layout.account");
  return (
    <div className="flex items-center gap-1 sm:gap-2">
      <Link
        href="/sign-in"
        className="rounded-md px-2 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:text-brand-800 hover:underline sm:px-3"
      >
        {t("signIn")}
      </Link>
      <Link
        href="/sign-up"
        className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800"
      >
        {t("join")}
      </Link>
    </div>
  );
}

/** The first letter of a name, for the avatar circle ("?" for a blank name). */
function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}

function ChevronIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4 text-slate-500 transition-transform group-open:rotate-180"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M5 8l5 5 5-5" />
    </svg>
  );
}

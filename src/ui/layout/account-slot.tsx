import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { HeaderDisclosure } from "./header-disclosure";
import { PersonalSlot } from "./personal-slot";
import type { LayoutSlot } from "@/server/page-cache/personal-slot-values";
import { SubmitButton } from "@/ui/forms/submit-button";

const menuItemClass =
  "block w-full rounded-md px-3 py-2.5 text-left text-sm font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-800";

/**
 * The header's account area: sign-in and join links for visitors; for a signed-in
 * user, their initial and name opening a menu with their pages and sign-out (the app's
 * server action, passed in). Both are always rendered, the viewer marker shows one
 * (CSS), and the user's own details are personal slots: so the same rendering serves
 * every visitor of a cached page (docs/decisions/028-public-page-cache.md).
 */
export async function AccountSlot({
  signOut,
  slots,
}: {
  signOut: () => Promise<void>;
  slots: Record<LayoutSlot, string>;
}) {
  const t = await getTranslations("layout.account");
  return (
    <>
      <SignedOutLinks />
      <AccountMenu signOut={signOut} slots={slots} label={t} />
    </>
  );
}

function AccountMenu({
  signOut,
  slots,
  label: t,
}: {
  signOut: () => Promise<void>;
  slots: Record<LayoutSlot, string>;
  label: Awaited<ReturnType<typeof getTranslations<"layout.account">>>;
}) {
  return (
    <HeaderDisclosure
      className="viewer-member relative"
      summaryClassName="gap-2 rounded-full py-1 pr-2 pl-1 text-sm font-medium text-slate-800 hover:bg-brand-50"
      summary={
        <>
          <span
            aria-hidden="true"
            className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-700 text-sm font-bold text-white"
          >
            <PersonalSlot name="initial" html={slots.initial} />
          </span>
          <span className="sr-only">{t("menuFor")}</span>
          <PersonalSlot
            name="name"
            html={slots.name}
            className="max-w-40 truncate max-sm:sr-only"
          />
          <ChevronIcon />
        </>
      }
    >
      <div className="absolute top-full right-0 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
        <div className="border-b border-slate-200 px-3 pt-1 pb-3">
          <p className="truncate text-sm font-semibold text-slate-900">
            <PersonalSlot name="name" html={slots.name} />
          </p>
          <p className="text-sm wrap-anywhere text-slate-600">
            <PersonalSlot name="email" html={slots.email} />
          </p>
          <p className="mt-1 text-xs font-semibold tracking-wide text-brand-700 uppercase">
            <PersonalSlot name="role" html={slots.role} />
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
            <li className="viewer-staff">
              <Link href="/admin" className={menuItemClass}>
                {t("adminConsole")}
              </Link>
            </li>
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
    <div className="viewer-anonymous flex items-center gap-1 sm:gap-2">
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

import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "@/i18n/messages";
import { requirePageRole } from "@/server/auth/page-guards";
import type { Role } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";
import { NavLink } from "@/ui/layout/nav-link";
import { adminClientMessages } from "./admin-client-messages";

const subNavLinkClass =
  "-mb-px block border-b-2 whitespace-nowrap border-transparent px-3 py-3 text-sm font-medium text-slate-700 hover:border-slate-300 hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800";

type SectionKey = keyof Messages["adminNav"]["sections"];

const SECTIONS: { href: string; key: SectionKey; role: Role; exact?: boolean }[] = [
  { href: "/admin", key: "overview", role: "REVIEWER", exact: true },
  { href: "/admin/review", key: "review", role: "REVIEWER" },
  { href: "/admin/users", key: "users", role: "ADMIN" },
  { href: "/admin/badges", key: "badges", role: "ADMIN" },
  { href: "/admin/kajabi", key: "kajabi", role: "ADMIN" },
  { href: "/admin/exports", key: "exports", role: "ADMIN" },
  { href: "/admin/activities", key: "activities", role: "ADMIN" },
  { href: "/admin/audit", key: "audit", role: "ADMIN" },
  { href: "/admin/mail", key: "mail", role: "ADMIN" },
];

/**
 * The reviewer and admin console: reviewers and up only (Overview, Review queue); Users,
 * Badges, Kajabi and Exports for admins and up.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageRole("REVIEWER", "/admin");
  const [t, messages] = await Promise.all([getTranslations("adminNav"), getMessages()]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("console")}</p>
      <nav aria-label={t("label")} className="mt-2 border-b border-slate-200">
        <ul className="flex gap-2 overflow-x-auto">
          {SECTIONS.filter((section) => hasRole(user.role, section.role)).map((section) => (
            <li key={section.href}>
              <NavLink href={section.href} exact={section.exact} className={subNavLinkClass}>
                {t(`sections.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <NextIntlClientProvider messages={adminClientMessages(messages as Messages)}>
        <div className="pt-8">{children}</div>
      </NextIntlClientProvider>
    </div>
  );
}

import { requirePageRole } from "@/server/auth/page-guards";
import type { Role } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";
import { NavLink } from "@/ui/layout/nav-link";

const subNavLinkClass =
  "-mb-px block border-b-2 whitespace-nowrap border-transparent px-3 py-3 text-sm font-medium text-slate-700 hover:border-slate-300 hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800";

const SECTIONS: { href: string; label: string; role: Role; exact?: boolean }[] = [
  { href: "/admin", label: "Overview", role: "REVIEWER", exact: true },
  { href: "/admin/review", label: "Review queue", role: "REVIEWER" },
  { href: "/admin/users", label: "Users", role: "ADMIN" },
  { href: "/admin/badges", label: "Badges", role: "ADMIN" },
  { href: "/admin/kajabi", label: "Kajabi", role: "ADMIN" },
  { href: "/admin/exports", label: "Exports", role: "ADMIN" },
  { href: "/admin/activities", label: "Activities", role: "ADMIN" },
  { href: "/admin/audit", label: "Audit log", role: "ADMIN" },
  { href: "/admin/mail", label: "Mail", role: "ADMIN" },
];

/**
 * The reviewer and admin console: reviewers and up only (Overview, Review queue); Users,
 * Badges, Kajabi and Exports for admins and up.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageRole("REVIEWER", "/admin");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Admin console</p>
      <nav aria-label="Admin" className="mt-2 border-b border-slate-200">
        <ul className="flex gap-2 overflow-x-auto">
          {SECTIONS.filter((section) => hasRole(user.role, section.role)).map((section) => (
            <li key={section.href}>
              <NavLink href={section.href} exact={section.exact} className={subNavLinkClass}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="pt-8">{children}</div>
    </div>
  );
}

import { useTranslations } from "next-intl";
import { NavLink } from "./nav-link";
import type { NavItem } from "./primary-nav-items";

/** Inline primary navigation for medium screens and up; the mobile menu takes over below. */
export function DesktopNav({ items }: { items: NavItem[] }) {
  const t = useTranslations();
  return (
    <nav aria-label={t("layout.nav.label")} className="hidden md:block">
      <ul className="flex items-center gap-1">
        {items.map((item) => (
          <li key={item.href} className={item.staff && `viewer-${item.staff}`}>
            <NavLink
              href={item.href}
              className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
            >
              {t(item.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

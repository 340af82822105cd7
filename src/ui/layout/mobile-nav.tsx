import { useTranslations } from "next-intl";
import { HeaderDisclosure } from "./header-disclosure";
import { NavLink } from "./nav-link";
import type { NavItem } from "./primary-nav-items";

/** Primary navigation for small screens, behind a menu disclosure. */
export function MobileNav({ items }: { items: NavItem[] }) {
  const t = useTranslations();
  return (
    <HeaderDisclosure
      className="md:hidden"
      summaryClassName="gap-2 rounded-md p-2.5 text-sm font-medium text-slate-700 hover:bg-brand-50 sm:px-3"
      summary={
        <>
          <MenuIcon />
          {/* Icon-only on phones, where the header has no room for the word. */}
          <span className="sr-only sm:not-sr-only">{t("layout.nav.menu")}</span>
        </>
      }
    >
      <nav
        aria-label={t("layout.nav.label")}
        className="absolute inset-x-0 top-full border-b border-slate-200 bg-white shadow-lg"
      >
        <ul className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-3">
          {items.map((item) => (
            <li key={item.href} className={item.staff && `viewer-${item.staff}`}>
              <NavLink
                href={item.href}
                className="block rounded-md px-3 py-3 text-base font-medium text-slate-800 hover:bg-brand-50 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </HeaderDisclosure>
  );
}

// Hamburger while closed, a cross while open; driven by CSS (group-open) so it also
// works before hydration.
function MenuIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
      <path d="M6 6l12 12M18 6L6 18" className="hidden group-open:block" />
    </svg>
  );
}

import { useTranslations } from "next-intl";

/** Share links for a badge page: plain links, no third-party scripts. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = useTranslations("badgePage");
  const text = t("share.text", { badge: title });
  const links = [
    ["LinkedIn", `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`],
    [
      "X",
      `https://twitter.com/intent/tweet?text=${encodeURIComponent(text)}&url=${encodeURIComponent(url)}`,
    ],
    ["Facebook", `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`],
    [
      t("share.email"),
      `mailto:?subject=${encodeURIComponent(text)}&body=${encodeURIComponent(`${text}: ${url}`)}`,
    ],
  ] as const;
  return (
    <nav aria-label={t("share.label")}>
      <ul className="flex flex-wrap gap-2">
        {links.map(([name, href]) => (
          <li key={href}>
            <a
              href={href}
              rel="noopener noreferrer"
              target="_blank"
              className="inline-block rounded-lg border border-slate-300 px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              {t("share.on", { network: name })}
              <span className="sr-only">{t("opensInNewTab")}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";
import { leaderboardHref, type LeaderboardParams } from "./leaderboard-params";

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";

/**
 * Why the table is empty: nobody has points yet (for this period), nothing matches the
 * search, or the page number is past the end — each with the way out.
 */
export function LeaderboardEmptyState({
  params,
  total,
}: {
  params: LeaderboardParams;
  total: number;
}) {
  const t = useTranslations("leaderboard.empty");
  const filtered = Boolean(params.q || params.cohort);
  let title: string;
  let body: React.ReactNode;
  if (total > 0) {
    title = t("pastEndTitle");
    body = (
      <Link href={leaderboardHref({ ...params, page: 1 })} className={linkClass}>
        {t("firstPage")}
      </Link>
    );
  } else if (filtered) {
    title = t("noMatchTitle");
    body = (
      <>
        {t("noMatchBody")}{" "}
        <Link href={leaderboardHref({ period: params.period })} className={linkClass}>
          {t("clear")}
        </Link>
      </>
    );
  } else if (params.period === "30d") {
    title = t("no30dTitle");
    body = (
      <>
        {t("no30dBody")}{" "}
        <Link href={leaderboardHref({ period: "all" })} className={linkClass}>
          {t("allTime")}
        </Link>
      </>
    );
  } else {
    title = t("noneTitle");
    body = (
      <>
        {t("noneBody")}{" "}
        <Link href="/sign-up" className={linkClass}>
          {t("join")}
        </Link>
      </>
    );
  }
  return (
    <div className="rounded-xl border border-dashed border-slate-300 px-6 py-12 text-center">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mt-2 text-slate-600">{body}</p>
    </div>
  );
}

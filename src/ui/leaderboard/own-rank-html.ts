import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import { serverIntl } from "@/i18n/server-intl";
import type { Role } from "@/server/db/schema";
import type { UserRow } from "@/server/users/user-dto";
import { escapeHtml } from "@/server/html/escape-html";
import { getOwnRank } from "@/server/leaderboard/cached-own-rank";
import type { OwnRank } from "@/server/leaderboard/find-own-rank";
import type { Period } from "@/server/leaderboard/leaderboard-views";
import {
  leaderboardHref,
  leaderboardRowId,
  pageOfRank,
  parseLeaderboardParams,
} from "./leaderboard-params";

/** What the leaderboard tells a signed-in visitor about their own place. */
export type OwnPlace = OwnRank | "unranked" | null;

/** A signed-in user's place: their rank, "unranked" for an educator with none yet, or
 * null for staff, whom the board leaves out. */
export function ownPlace(rank: OwnRank | null, role: Role): OwnPlace {
  return rank ?? (role === "PARTICIPANT" ? "unranked" : null);
}

/**
 * The leaderboard's personal part as HTML (a personal slot, docs/decisions/028): the
 * visitor's place pinned above the table with a link to the page where their rank
 * starts, or how to get onto the board. The same string whether the page is rendered for
 * this visitor or the page cache splices it into the shared page. The card carries the
 * class `own-rank`, which the shared page's row style hides when the row is on the page.
 */
export function ownRankHtml(place: OwnPlace, period: Period, locale: Locale): string {
  if (place === null) return "";
  const t = createTranslator({ ...serverIntl(locale), namespace: "leaderboard" });
  if (place === "unranked") {
    const text = period === "all" ? t("ownRank.notRankedAll") : t("ownRank.notRanked30d");
    const dashboard = t("ownRank.dashboard");
    return (
      `<p class="mt-6 rounded-xl border border-slate-200 bg-slate-50 p-4 text-slate-700">${escapeHtml(text)} ` +
      `<a href="/dashboard" class="font-semibold text-brand-700 underline hover:text-brand-900">${escapeHtml(dashboard)}</a></p>`
    );
  }
  const summary = t.markup("ownRank.summary", {
    rank: place.rank,
    points: place.points,
    big: (chunks) => `<span class="text-xl font-bold tabular-nums">${chunks}</span>`,
    bold: (chunks) => `<span class="font-semibold tabular-nums">${chunks}</span>`,
  });
  const heading = t("ownRank.heading", { period: t(`periods.${period}`) });
  const jumpLabel = t("ownRank.jump");
  const jump = `${leaderboardHref({ period, page: pageOfRank(place.rank) })}#${leaderboardRowId(place.handle)}`;
  return (
    `<section aria-labelledby="own-rank-heading" class="own-rank mt-6 flex flex-col gap-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between">` +
    `<div><h2 id="own-rank-heading" class="text-sm font-semibold text-slate-700">${escapeHtml(heading)}</h2>` +
    `<p class="text-slate-900">${summary}</p></div>` +
    `<a href="${escapeHtml(jump)}" class="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">${escapeHtml(jumpLabel)}</a>` +
    `</section>`
  );
}

/**
 * For the shared (cached) page only, rendered for nobody: a style element that marks the
 * visitor's row as the per-visitor rendering does (tinted, its "You" label shown) and
 * hides the pinned card when that row is on the page. It needs the response's CSP nonce.
 * A page rendered for the visitor marks the row itself (React's RSC navigations could not
 * carry a style element: its nonce would not be the document's).
 */
export function ownRowStyle(place: OwnPlace, nonce: string): string {
  // Handles are [a-z0-9_-] (HANDLE_PATTERN); anything else never reaches a style sheet.
  if (place === null || place === "unranked" || !/^[\w-]+$/.test(place.handle)) return "";
  const row = `#${leaderboardRowId(place.handle)}`;
  return (
    `<style nonce="${escapeHtml(nonce)}">${row}{background-color:var(--color-brand-50)}` +
    `${row} .educator-you{display:inline}body:has(${row}) .own-rank{display:none}</style>`
  );
}

/**
 * The leaderboard's personal slot for a signed-in visitor of the shared page (the page
 * cache calls it, src/proxy.ts): the style marking their row, then their card.
 */
export async function leaderboardSlots(
  user: UserRow,
  query: URLSearchParams,
  locale: Locale,
  nonce: string,
): Promise<Record<string, string>> {
  const { period } = parseLeaderboardParams(Object.fromEntries(query));
  const place = ownPlace(await getOwnRank(user.id, period), user.role);
  return { ownRank: ownRowStyle(place, nonce) + ownRankHtml(place, period, locale) };
}

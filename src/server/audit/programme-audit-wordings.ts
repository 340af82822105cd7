import { isoToLocalDate } from "@/i18n/local-date-input";
import {
  fieldList,
  fieldNames,
  fieldWord,
  isRecord,
  kajabiOutcome,
  signed,
  tally,
  text,
} from "./audit-phrases";
import type { Say, Wording } from "./describe-audit-entry";

/** Badges, people's roles and cohorts, Kajabi and exports (docs/product.md §6–§15), in words. */
export const PROGRAMME_AUDIT_WORDINGS: Record<string, Wording> = {
  "badge.created": (row, _meta, say) =>
    say.sentence("audit.entries.badgeCreated", {
      actor: say.person(row.actorId),
      badge: say.badge(row.targetId),
    }),
  "badge.updated": (row, meta, say) =>
    say.sentence("audit.entries.badgeUpdated", {
      actor: say.person(row.actorId),
      badge: say.badge(row.targetId),
      fields: fieldList(meta, say),
    }),
  "badge.awarded": (row, meta, say) =>
    meta.manual
      ? say.sentence("audit.entries.badgeAwarded", {
          actor: say.person(row.actorId),
          badge: say.badge(meta.badge),
          target: say.person(row.targetId),
        })
      : say.sentence("audit.entries.badgeEarned", {
          target: say.person(row.targetId),
          badge: say.badge(meta.badge),
        }),
  "badge.revoked": (row, meta, say) =>
    say.sentence("audit.entries.badgeRevoked", {
      actor: say.person(row.actorId),
      badge: say.badge(meta.badge),
      target: say.person(row.targetId),
    }),
  "badge.credential_reissued": (row, meta, say) =>
    say.sentence("audit.entries.credentialReissued", {
      actor: say.person(row.actorId),
      badge: say.badge(meta.badge),
      target: say.person(row.targetId),
    }),
  "user.admin_update": (row, meta, say) =>
    say.sentence("audit.entries.userAdminUpdate", {
      actor: say.person(row.actorId),
      fields: fieldNames(meta, say),
      target: say.person(row.targetId),
    }),
  "user.cohort_assigned": (row, meta, say) => {
    const cohort = isRecord(meta.after) ? meta.after.cohort : undefined;
    const people = { actor: say.person(row.actorId), target: say.person(row.targetId) };
    return typeof cohort === "string" && cohort
      ? say.sentence("audit.entries.cohortAssigned", { ...people, cohort })
      : say.sentence("audit.entries.cohortRemoved", people);
  },
  "profile.update": (row, meta, say) =>
    say.sentence("audit.entries.profileUpdate", {
      actor: say.person(row.actorId),
      fields: fieldNames(meta, say),
    }),
  "user.anonymised": (row, meta, say) => {
    const people = { actor: say.person(row.actorId), target: say.person(row.targetId) };
    return typeof meta.handle === "string"
      ? say.sentence("audit.entries.userAnonymisedWas", { ...people, handle: meta.handle })
      : say.sentence("audit.entries.userAnonymised", people);
  },
  "user.bootstrap_superadmin": (row, meta, say) =>
    say.sentence(
      meta.verified === true
        ? "audit.entries.bootstrapVerified"
        : meta.reason === "ADMIN_EMAILS"
          ? "audit.entries.bootstrapListed"
          : "audit.entries.bootstrapFirst",
      { target: say.person(row.targetId) },
    ),
  "kajabi.credited": (row, meta, say) =>
    say.sentence("audit.entries.kajabiCredited", {
      target: say.person(row.targetId),
      points: signed(meta.points, say),
      tag: text(meta.tag),
    }),
  "kajabi.reprocessed": (row, meta, say) =>
    say.sentence("audit.entries.kajabiReprocessed", {
      actor: say.person(row.actorId),
      event: text(row.targetId),
      status: kajabiOutcome(meta.status, say),
    }),
  "kajabi.reprocessed_unmatched": (row, meta, say) =>
    say.sentence("audit.entries.kajabiReprocessedUnmatched", {
      actor: say.person(row.actorId),
      tally: tally(meta, say),
    }),
  "kajabi.duplicate": (row, _meta, say) =>
    say.sentence("audit.entries.kajabiDuplicate", { event: text(row.targetId) }),
  "export.downloaded": (row, meta, say) =>
    say.sentence("audit.entries.exportDownloaded", {
      actor: say.person(row.actorId),
      kind: text(meta.kind),
      filters: exportFilters(meta.filters, say),
    }),
};

/** " (cohort: 2026-A, from: 01/01/2026)", or nothing when the export was unfiltered. */
function exportFilters(filters: unknown, say: Say): string {
  if (!isRecord(filters)) return "";
  const parts = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    // Days as the reader types them in the forms (dd/mm/yyyy); other values as stored.
    .map(([name, value]) => {
      const shown = name === "from" || name === "to" ? isoToLocalDate(text(value)) : text(value);
      return `${fieldWord(name, say)}: ${shown}`;
    });
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

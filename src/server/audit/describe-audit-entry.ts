/**
 * Audit rows in words (docs/product.md §9): "Sari Dewi approved Explore evidence of Budi
 * (+50 points)". Pure: the caller loads the names (loadAuditContext). People come back as
 * parts of their own so a page can link them to their admin page.
 */

import { ACCOUNT_AUDIT_WORDINGS } from "./account-audit-wordings";
import {
  evidenceOf,
  fieldNames,
  fieldList,
  tally,
  signed,
  number,
  text,
  isRecord,
} from "./audit-phrases";
import { MAIL_AUDIT_WORDINGS } from "./mail-audit-wordings";
import { PRIVACY_AUDIT_WORDINGS } from "./privacy-audit-wordings";

/** A piece of the sentence: text, or a person (to be linked to /admin/users/<id>). */
export type AuditPart = string | { userId: string; label: string };

export interface AuditContext {
  users: ReadonlyMap<string, { name: string; handle: string }>;
  /** Submissions named by audit rows: whose and of which activity. */
  submissions: ReadonlyMap<string, { userId: string; activity: string }>;
  /** Badge code → badge name. */
  badges: ReadonlyMap<string, string>;
}

export interface AuditRow {
  actorId: string;
  action: string;
  targetId: string | null;
  meta: unknown;
}

type Meta = Record<string, unknown>;
export type Wording = (row: AuditRow, meta: Meta, say: Say) => AuditPart[];

/** Helpers bound to one context. */
export interface Say {
  person: (id: string | null) => AuditPart;
  badge: (code: unknown) => string;
  /** "Explore evidence of Budi", or "their Explore evidence" when the actor owns it. */
  evidence: (row: AuditRow, activity?: unknown) => AuditPart[];
}

const SYSTEM_ACTORS: Record<string, string> = {
  "system:kajabi-webhook": "Kajabi",
  "system:admin-grant": "An operator (npm run admin:grant)",
};

const WORDINGS: Record<string, Wording> = {
  "submission.created": (row, meta, say) => [
    say.person(row.actorId),
    " submitted ",
    ...say.evidence(row, meta.activity),
  ],
  "submission.updated": (row, _meta, say) => [
    say.person(row.actorId),
    " edited ",
    ...say.evidence(row),
  ],
  "submission.visibility_changed": (row, meta, say) => [
    say.person(row.actorId),
    " made ",
    ...say.evidence(row),
    meta.visibility === "PUBLIC" ? " public" : " private",
  ],
  "submission.withdrawn": (row, meta, say) => [
    say.person(row.actorId),
    " withdrew ",
    ...say.evidence(row, meta.activity),
  ],
  "submission.approved": (row, meta, say) => [
    say.person(row.actorId),
    " approved ",
    ...say.evidence(row),
    ` (${signed(meta.points)} points${
      meta.override ? `, overriding the computed ${number(meta.computedPoints)}` : ""
    })`,
  ],
  "submission.rejected": (row, _meta, say) => [
    say.person(row.actorId),
    " rejected ",
    ...say.evidence(row),
  ],
  "submission.reversed": (row, meta, say) => [
    say.person(row.actorId),
    " reversed the approval of ",
    ...say.evidence(row),
    ` (${signed(-number(meta.pointsReversed))} points)`,
  ],
  "ledger.adjusted": (row, meta, say) => [
    say.person(row.actorId),
    ` adjusted the ${evidenceOf(meta.activity, "points")} of `,
    say.person(row.targetId),
    ` by ${signed(meta.points)}`,
    ...(typeof meta.reason === "string" ? [`: “${meta.reason}”`] : []),
  ],
  "badge.created": (row, _meta, say) => [
    say.person(row.actorId),
    ` created the badge ${say.badge(row.targetId)}`,
  ],
  "badge.updated": (row, meta, say) => [
    say.person(row.actorId),
    ` edited the badge ${say.badge(row.targetId)}${fieldList(meta)}`,
  ],
  "badge.awarded": (row, meta, say) =>
    meta.manual
      ? [
          say.person(row.actorId),
          ` awarded the badge ${say.badge(meta.badge)} to `,
          say.person(row.targetId),
        ]
      : [say.person(row.targetId), ` earned the badge ${say.badge(meta.badge)}`],
  "badge.revoked": (row, meta, say) => [
    say.person(row.actorId),
    ` revoked the badge ${say.badge(meta.badge)} from `,
    say.person(row.targetId),
  ],
  "badge.credential_reissued": (row, meta, say) => [
    say.person(row.actorId),
    ` re-issued the ${say.badge(meta.badge)} credential of `,
    say.person(row.targetId),
  ],
  "user.admin_update": (row, meta, say) => [
    say.person(row.actorId),
    ` changed the ${fieldNames(meta)} of `,
    say.person(row.targetId),
  ],
  "user.cohort_assigned": (row, meta, say) => {
    const cohort = isRecord(meta.after) ? meta.after.cohort : undefined;
    return typeof cohort === "string" && cohort
      ? [say.person(row.actorId), " put ", say.person(row.targetId), ` in cohort ${cohort}`]
      : [say.person(row.actorId), " took ", say.person(row.targetId), " out of their cohort"];
  },
  "profile.update": (row, meta, say) => [
    say.person(row.actorId),
    ` edited their profile (${fieldNames(meta)})`,
  ],
  "user.anonymised": (row, meta, say) => [
    say.person(row.actorId),
    " anonymised the account of ",
    say.person(row.targetId),
    ...(typeof meta.handle === "string" ? [` (was @${meta.handle})`] : []),
  ],
  "user.bootstrap_superadmin": (row, meta, say) => [
    say.person(row.targetId),
    meta.verified === true
      ? " became superadmin on verifying their email (listed in ADMIN_EMAILS)"
      : ` became superadmin on signing in${
          meta.reason === "ADMIN_EMAILS" ? " (listed in ADMIN_EMAILS)" : " (the first account)"
        }`,
  ],
  "kajabi.credited": (row, meta, say) => [
    "Kajabi credited ",
    say.person(row.targetId),
    ` ${signed(meta.points)} Learn points for the course tag “${text(meta.tag)}”`,
  ],
  "kajabi.reprocessed": (row, meta, say) => [
    say.person(row.actorId),
    ` reprocessed Kajabi event ${text(row.targetId)}: ${text(meta.status)}`,
  ],
  "kajabi.reprocessed_unmatched": (row, meta, say) => [
    say.person(row.actorId),
    ` reprocessed the unmatched Kajabi events: ${tally(meta)}`,
  ],
  "kajabi.duplicate": (row) => [
    `Kajabi sent event ${text(row.targetId)} again; the repeat was not stored`,
  ],
  ...ACCOUNT_AUDIT_WORDINGS,
  ...MAIL_AUDIT_WORDINGS,
  ...PRIVACY_AUDIT_WORDINGS,
  "export.downloaded": (row, meta, say) => [
    say.person(row.actorId),
    ` downloaded the ${text(meta.kind)} export${exportFilters(meta.filters)}`,
  ],
  "activity.updated": (row, meta, say) => [
    say.person(row.actorId),
    ` changed the ${evidenceOf(row.targetId, "activity")}${fieldList(meta)}`,
  ],
};

/** " (cohort: 2026-A, from: 2026-01-01)", or nothing when the export was unfiltered. */
function exportFilters(filters: unknown): string {
  if (!isRecord(filters)) return "";
  const parts = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([name, value]) => `${name}: ${text(value)}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** The actions that have their own wording; any other action is told generically. */
export const DESCRIBED_AUDIT_ACTIONS = Object.keys(WORDINGS);

/** One audit row as a sentence. */
export function describeAuditEntry(row: AuditRow, context: AuditContext): AuditPart[] {
  const meta = isRecord(row.meta) ? row.meta : {};
  const person = (id: string | null): AuditPart => {
    if (!id) return "someone";
    if (SYSTEM_ACTORS[id]) return SYSTEM_ACTORS[id];
    const user = context.users.get(id);
    return user ? { userId: id, label: user.name } : { userId: id, label: "an unknown user" };
  };
  const say: Say = {
    person,
    badge: (code) => {
      const known = typeof code === "string" ? context.badges.get(code) : undefined;
      return known ? `“${known}”` : `“${text(code)}”`;
    },
    evidence: (entry, activity) => {
      const submission = entry.targetId ? context.submissions.get(entry.targetId) : undefined;
      const name = evidenceOf(submission?.activity ?? activity, "evidence");
      if (!submission) return [name];
      if (submission.userId === entry.actorId) return [`their ${name}`];
      return [`${name} of `, person(submission.userId)];
    },
  };
  const wording = WORDINGS[row.action];
  return wording ? wording(row, meta, say) : [person(row.actorId), ` recorded “${row.action}”`];
}

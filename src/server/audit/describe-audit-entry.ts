/**
 * Audit rows in words (docs/product.md §9), in the reader's language: "Sari Dewi approved
 * Explore evidence of Budi (+50 points)" / "Sari Dewi menyetujui bukti Explore milik Budi
 * (+50 poin)". Pure: the caller loads the names (loadAuditContext). People come back as
 * parts of their own so a page can link them to their admin page.
 */

import type { Locale } from "@/i18n/locales";
import { ACCOUNT_AUDIT_WORDINGS } from "./account-audit-wordings";
import { activityName, isRecord, text } from "./audit-phrases";
import { auditLanguage, type AuditLanguage, type AuditPart } from "./audit-sentence";
import { MAIL_AUDIT_WORDINGS } from "./mail-audit-wordings";
import { PRIVACY_AUDIT_WORDINGS } from "./privacy-audit-wordings";
import { PROGRAMME_AUDIT_WORDINGS } from "./programme-audit-wordings";
import { SUBMISSION_AUDIT_WORDINGS } from "./submission-audit-wordings";

export type { AuditPart } from "./audit-sentence";

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

/** The reader's language, with helpers bound to one context. */
export interface Say extends AuditLanguage {
  person: (id: string | null) => AuditPart;
  /** “First Steps”: the badge's name as the database holds it (never translated). */
  badge: (code: unknown) => string;
  /** "Explore evidence of Budi", or "their Explore evidence" when the actor owns it. */
  evidence: (row: AuditRow, activity?: unknown) => AuditPart[];
}

const WORDINGS: Record<string, Wording> = {
  ...SUBMISSION_AUDIT_WORDINGS,
  ...PROGRAMME_AUDIT_WORDINGS,
  ...ACCOUNT_AUDIT_WORDINGS,
  ...MAIL_AUDIT_WORDINGS,
  ...PRIVACY_AUDIT_WORDINGS,
};

/** The actions that have their own wording; any other action is told generically. */
export const DESCRIBED_AUDIT_ACTIONS = Object.keys(WORDINGS);

/** One audit row as a sentence in the reader's language (English unless told). */
export function describeAuditEntry(
  row: AuditRow,
  context: AuditContext,
  locale: Locale = "en",
): AuditPart[] {
  const meta = isRecord(row.meta) ? row.meta : {};
  const language = auditLanguage(locale);
  const person = (id: string | null): AuditPart => {
    if (!id) return language.text("audit.people.someone");
    if (id === "system:kajabi-webhook") return "Kajabi";
    if (id === "system:admin-grant") return language.text("audit.people.operator");
    const user = context.users.get(id);
    return { userId: id, label: user ? user.name : language.text("audit.people.unknown") };
  };
  const say: Say = {
    ...language,
    person,
    badge: (code) => {
      const known = typeof code === "string" ? context.badges.get(code) : undefined;
      return `“${known ?? text(code)}”`;
    },
    evidence: (entry, activity) => {
      const submission = entry.targetId ? context.submissions.get(entry.targetId) : undefined;
      const name = activityName(submission?.activity ?? activity);
      const evidence = name
        ? language.text("audit.phrases.activityEvidence", { activity: name })
        : language.text("audit.phrases.evidence");
      if (!submission) return [evidence];
      if (submission.userId === entry.actorId) {
        return language.sentence("audit.phrases.theirEvidence", { evidence });
      }
      return language.sentence("audit.phrases.evidenceOf", {
        evidence,
        owner: person(submission.userId),
      });
    },
  };
  const wording = WORDINGS[row.action];
  return wording
    ? wording(row, meta, say)
    : say.sentence("audit.entries.unknown", { actor: person(row.actorId), action: row.action });
}

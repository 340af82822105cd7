import { pgEnum } from "drizzle-orm/pg-core";

export const ROLES = ["PARTICIPANT", "REVIEWER", "ADMIN", "SUPERADMIN"] as const;
export const SUBMISSION_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export const VISIBILITIES = ["PUBLIC", "PRIVATE"] as const;
export const LEDGER_SOURCES = ["MANUAL", "WEBHOOK", "FORM"] as const;

export const role = pgEnum("Role", ROLES);
export const submissionStatus = pgEnum("SubmissionStatus", SUBMISSION_STATUSES);
export const visibility = pgEnum("Visibility", VISIBILITIES);
export const ledgerSource = pgEnum("LedgerSource", LEDGER_SOURCES);

export type Role = (typeof ROLES)[number];
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type LedgerSource = (typeof LEDGER_SOURCES)[number];

import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/** Anonymised users keep an email at this reserved domain; public surfaces leave them out. */
export const DELETED_EMAIL_DOMAIN = "deleted.invalid";

/**
 * Whether an email is an anonymised user's: the one test, in TypeScript and as a SQL
 * fragment (the leaderboard and profile views in the migrations test the same domain).
 */
export function isAnonymisedEmail(email: string): boolean {
  return email.endsWith(`@${DELETED_EMAIL_DOMAIN}`);
}

/** The same test in a query: `NOT ${isAnonymisedEmailSql(users.email)}` leaves them out. */
export function isAnonymisedEmailSql(email: AnyColumn | SQL): SQL {
  return sql`${email} LIKE ${`%@${DELETED_EMAIL_DOMAIN}`}`;
}

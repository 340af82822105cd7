import "server-only";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import {
  account_settings,
  audit_log,
  badges,
  earned_badges,
  points_ledger,
  submissions,
  uploads,
  users,
} from "../db/schema";
import { privileged } from "../db/privileged";
import type { Tx } from "../db/types";
import { toUserDto, type UserRow } from "../users/user-dto";

/**
 * `GET /api/me/export` (docs/product.md §8): everything the app holds about the person, and
 * nothing about anyone else. Other people appear only by their public name (the reviewer
 * of a submission, the admin who changed their account), never by id or email. Read on the
 * privileged path because audit rows are admin-only under RLS; every query is scoped to
 * the person. The export itself is audited, in the same transaction.
 */
export async function exportOwnData(user: UserRow) {
  return privileged({ userId: user.id }, async (tx) => {
    const [me] = await tx.select().from(users).where(eq(users.id, user.id));
    const [settings] = await tx
      .select()
      .from(account_settings)
      .where(eq(account_settings.user_id, user.id));
    const ownSubmissions = await tx
      .select()
      .from(submissions)
      .where(eq(submissions.user_id, user.id))
      .orderBy(asc(submissions.created_at));
    const files = await tx
      .select()
      .from(uploads)
      .where(eq(uploads.user_id, user.id))
      .orderBy(asc(uploads.created_at));
    const ledger = await tx
      .select()
      .from(points_ledger)
      .where(eq(points_ledger.user_id, user.id))
      .orderBy(asc(points_ledger.created_at));
    const earned = await tx
      .select({
        code: earned_badges.badge_code,
        name: badges.name,
        earnedAt: earned_badges.earned_at,
      })
      .from(earned_badges)
      .innerJoin(badges, eq(badges.code, earned_badges.badge_code))
      .where(eq(earned_badges.user_id, user.id))
      .orderBy(asc(earned_badges.earned_at));
    const about = [user.id, ...ownSubmissions.map((row) => row.id)];
    const audit = await tx
      .select()
      .from(audit_log)
      .where(
        or(
          inArray(audit_log.target_id, about),
          and(eq(audit_log.actor_id, user.id), isNull(audit_log.target_id)),
        ),
      )
      .orderBy(asc(audit_log.created_at));
    const names = await publicNames(tx, [
      ...ownSubmissions.map((row) => row.reviewer_id),
      ...audit.map((row) => row.actor_id),
    ]);
    const who = (id: string | null) =>
      id === null ? null : id === user.id ? "you" : (names.get(id) ?? "the programme");
    await writeAudit(tx, { actorId: user.id, action: "account.exported", targetId: user.id });
    return {
      exportedAt: new Date().toISOString(),
      profile: toUserDto(me ?? user),
      settings: {
        publicProfile: settings?.public_profile ?? true,
        programmeEmails: settings?.programme_emails ?? true,
        locale: settings?.locale ?? null,
        emailVerifiedAt: settings?.email_verified_at?.toISOString() ?? null,
      },
      submissions: ownSubmissions.map((row) => ({
        id: row.id,
        activity: row.activity_code,
        status: row.status,
        visibility: row.visibility,
        payload: row.payload,
        attachments: row.attachments,
        reviewer: who(row.reviewer_id),
        reviewNote: row.review_note,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
      })),
      uploads: files.map((row) => ({
        key: row.key,
        name: row.name,
        size: row.size,
        type: row.content_type,
        sha256: row.sha256,
        submissionId: row.submission_id,
        createdAt: row.created_at.toISOString(),
      })),
      ledger: ledger.map((row) => ({
        id: row.id,
        activity: row.activity_code,
        source: row.source,
        points: row.delta_points,
        externalSource: row.external_source,
        externalEventId: row.external_event_id,
        createdAt: row.created_at.toISOString(),
      })),
      badges: earned.map((row) => ({ ...row, earnedAt: row.earnedAt.toISOString() })),
      audit: audit.map((row) => ({
        id: row.id,
        actor: who(row.actor_id),
        action: row.action,
        targetId: row.target_id,
        meta: row.meta,
        createdAt: row.created_at.toISOString(),
      })),
    };
  });
}

export type OwnDataExport = Awaited<ReturnType<typeof exportOwnData>>;

/** Other people by the name their public profile shows: nothing more of them leaves. */
async function publicNames(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

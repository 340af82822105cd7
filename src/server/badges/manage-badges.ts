import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { dbSession } from "../auth/guards";
import { writeAudit } from "../audit/write-audit";
import { isUniqueViolation } from "../db/database-error";
import { privileged } from "../db/privileged";
import { badges, earned_badges, users } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { changedFields } from "../users/changed-fields";
import type { UserRow } from "../users/user-dto";
import { badgeCriteria } from "./badge-criteria";

const badgeFields = {
  name: z.string().trim().min(2, "Use at least 2 characters.").max(100),
  description: z.string().trim().min(2, "Use at least 2 characters.").max(500),
  criteria: badgeCriteria,
  iconUrl: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || value.startsWith("https://"), "Use an https:// address."),
};

export const createBadgeInput = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "Use 2–40 capital letters, digits or _ (e.g. MENTOR)."),
    ...badgeFields,
    iconUrl: badgeFields.iconUrl.optional().default(null),
  })
  .strict();
export const updateBadgeInput = z.object(badgeFields).partial().strict();

export interface BadgeDto {
  code: string;
  name: string;
  description: string;
  criteria: unknown;
  iconUrl: string | null;
}

const toDto = (row: typeof badges.$inferSelect): BadgeDto => ({
  code: row.code,
  name: row.name,
  description: row.description,
  criteria: row.criteria,
  iconUrl: row.icon_url,
});

/** The badge catalogue, for everyone. */
export async function listBadges(): Promise<BadgeDto[]> {
  const rows = await privileged({ system: "badges" }, (tx) =>
    tx.select().from(badges).orderBy(asc(badges.code)),
  );
  return rows.map(toDto);
}

/** An admin adds a badge (criteria of SPEC §7, validated); through RLS, audited. */
export async function createBadge(
  admin: UserRow,
  input: z.infer<typeof createBadgeInput>,
): Promise<BadgeDto> {
  try {
    return await withUser(dbSession(admin), async (tx) => {
      const [row] = await tx
        .insert(badges)
        .values({
          code: input.code,
          name: input.name,
          description: input.description,
          criteria: input.criteria,
          icon_url: input.iconUrl,
        })
        .returning();
      await writeAudit(tx, {
        actorId: admin.id,
        action: "badge.created",
        targetId: input.code,
        meta: { criteria: input.criteria },
      });
      return toDto(row!);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `A badge with the code ${input.code} exists already.`);
    throw error;
  }
}

/** An admin edits a badge; future evaluations use the new criteria, earned badges stay. */
export async function updateBadge(
  admin: UserRow,
  code: string,
  input: z.infer<typeof updateBadgeInput>,
): Promise<BadgeDto> {
  return withUser(dbSession(admin), async (tx) => {
    const [before] = await tx.select().from(badges).where(eq(badges.code, code));
    if (!before) throw new AppError("NOT_FOUND", "No such badge.");
    const [after] = await tx
      .update(badges)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.criteria !== undefined && { criteria: input.criteria }),
        ...(input.iconUrl !== undefined && { icon_url: input.iconUrl }),
      })
      .where(eq(badges.code, code))
      .returning();
    const diff = changedFields(
      { ...before, criteria: JSON.stringify(before.criteria) },
      { ...after!, criteria: JSON.stringify(after!.criteria) },
    );
    if (diff)
      await writeAudit(tx, {
        actorId: admin.id,
        action: "badge.updated",
        targetId: code,
        meta: diff,
      });
    return toDto(after!);
  });
}

/** An admin awards any badge (manual ones included) to a user, once; audited. */
export async function awardBadge(
  admin: UserRow,
  code: string,
  userId: string,
): Promise<{ awarded: boolean }> {
  return privileged({ userId: admin.id }, async (tx) => {
    await requireBadgeAndUser(tx, code, userId);
    const [row] = await tx
      .insert(earned_badges)
      .values({ user_id: userId, badge_code: code })
      .onConflictDoNothing()
      .returning({ id: earned_badges.id });
    if (row)
      await writeAudit(tx, {
        actorId: admin.id,
        action: "badge.awarded",
        targetId: userId,
        meta: { badge: code, manual: true },
      });
    return { awarded: Boolean(row) };
  });
}

/** An admin revokes an earned badge; audited. Not earned → NOT_FOUND. */
export async function revokeBadge(admin: UserRow, code: string, userId: string): Promise<void> {
  await privileged({ userId: admin.id }, async (tx) => {
    const deleted = await tx
      .delete(earned_badges)
      .where(and(eq(earned_badges.user_id, userId), eq(earned_badges.badge_code, code)))
      .returning({ id: earned_badges.id });
    if (deleted.length === 0)
      throw new AppError("NOT_FOUND", "This user has not earned that badge.");
    await writeAudit(tx, {
      actorId: admin.id,
      action: "badge.revoked",
      targetId: userId,
      meta: { badge: code },
    });
  });
}

async function requireBadgeAndUser(
  tx: Parameters<Parameters<typeof privileged>[1]>[0],
  code: string,
  userId: string,
) {
  const [badge] = await tx.select({ code: badges.code }).from(badges).where(eq(badges.code, code));
  if (!badge) throw new AppError("NOT_FOUND", "No such badge.");
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
}

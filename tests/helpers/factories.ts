import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { privileged } from "../../src/server/db/privileged";
import {
  account_settings,
  points_ledger,
  submissions,
  users,
  type Role,
} from "../../src/server/db/schema";

const SYSTEM = { system: "test-factory" } as const;

export interface TestUser {
  id: string;
  handle: string;
  email: string;
  role: Role;
}

/**
 * A user with a unique id, handle and email, inserted through the privileged path. Its
 * email counts as verified (an established account) unless `emailVerified: false`.
 */
export async function createUser(
  overrides: Partial<typeof users.$inferInsert> & { role?: Role; emailVerified?: boolean } = {},
): Promise<TestUser> {
  const suffix = randomBytes(5).toString("hex");
  const { emailVerified = true, ...fields } = overrides;
  const row = {
    id: `user_${suffix}`,
    handle: `user-${suffix}`,
    name: `Test User ${suffix}`,
    email: `user-${suffix}@example.test`,
    ...fields,
  };
  const [inserted] = await privileged(SYSTEM, async (tx) => {
    const rows = await tx.insert(users).values(row).returning();
    if (emailVerified && rows[0]) {
      await tx
        .insert(account_settings)
        .values({ user_id: rows[0].id, email_verified_at: sql`now()` });
    }
    return rows;
  });
  if (!inserted) throw new Error("user not inserted");
  return { id: inserted.id, handle: inserted.handle, email: inserted.email, role: inserted.role };
}

export async function createSubmission(
  values: Pick<typeof submissions.$inferInsert, "user_id"> &
    Partial<typeof submissions.$inferInsert>,
) {
  const [row] = await privileged(SYSTEM, (tx) =>
    tx
      .insert(submissions)
      .values({ activity_code: "EXPLORE", payload: {}, attachments: [], ...values })
      .returning(),
  );
  if (!row) throw new Error("submission not inserted");
  return row;
}

/** A ledger row; createdAt lets a test place it in time (e.g. outside the 30-day window). */
export async function addPoints(
  userId: string,
  points: number,
  options: { activity?: string; createdAt?: Date } = {},
) {
  await privileged(SYSTEM, (tx) =>
    tx.insert(points_ledger).values({
      user_id: userId,
      activity_code: options.activity ?? "EXPLORE",
      source: "MANUAL",
      delta_points: points,
      external_source: "admin",
      external_event_id: `manual:${randomBytes(8).toString("hex")}`,
      created_at: options.createdAt ?? sql`now()`,
    }),
  );
}

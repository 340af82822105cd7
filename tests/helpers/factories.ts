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

/**
 * A realistic programme for the admin overview's tests: `educators` participants across
 * the given cohorts (some without one), each with 0–4 submissions created over `days`
 * days before `end` — pending, approved or rejected after a wait of minutes to weeks — and
 * ledger rows for the approved ones on the day of review. Deterministic for a seed.
 */
export async function seedProgrammeSpread(options: {
  seed: number;
  educators: number;
  cohorts: (string | null)[];
  end: Date;
  days: number;
}) {
  let state = options.seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const activities = ["LEARN", "EXPLORE", "AMPLIFY", "PRESENT", "SHINE"] as const;
  const points: Record<string, number> = { LEARN: 20, EXPLORE: 50, AMPLIFY: 7, PRESENT: 20 };
  const users_: TestUser[] = [];
  for (let i = 0; i < options.educators; i += 1) {
    users_.push(await createUser({ cohort: pick(options.cohorts) }));
  }
  const submissionRows: (typeof submissions.$inferInsert)[] = [];
  const ledgerRows: (typeof points_ledger.$inferInsert)[] = [];
  for (const user of users_) {
    const count = Math.floor(random() * 5);
    for (let n = 0; n < count; n += 1) {
      const createdAt = new Date(options.end.getTime() - random() * options.days * 86_400_000);
      const status = pick(["PENDING", "APPROVED", "APPROVED", "REJECTED"] as const);
      const wait = Math.floor(random() * 21 * 86_400_000) + 60_000;
      const reviewedAt = new Date(Math.min(createdAt.getTime() + wait, options.end.getTime()));
      const activity = pick(activities);
      submissionRows.push({
        user_id: user.id,
        activity_code: activity,
        status,
        payload: {},
        attachments: [],
        created_at: createdAt,
        updated_at: status === "PENDING" ? createdAt : reviewedAt,
      });
      if (status === "APPROVED" && points[activity]) {
        ledgerRows.push({
          user_id: user.id,
          activity_code: activity,
          source: "FORM",
          delta_points: points[activity],
          external_source: "test",
          external_event_id: `spread:${randomBytes(8).toString("hex")}`,
          created_at: reviewedAt,
        });
      }
    }
  }
  await privileged(SYSTEM, async (tx) => {
    if (submissionRows.length > 0) await tx.insert(submissions).values(submissionRows);
    if (ledgerRows.length > 0) await tx.insert(points_ledger).values(ledgerRows);
  });
  return { users: users_, submissions: submissionRows.length, ledgerRows: ledgerRows.length };
}

/**
 * The public-pages switch under concurrency (docs/product.md §8): switches flipping while
 * profiles change and leaderboards refresh never fail, and after the last refresh the
 * board shows exactly the people whose final setting is "shown".
 */
import { eq, sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { asVisitor } from "../../src/server/db/as-visitor";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { account_settings, users } from "../../src/server/db/schema";
import { refreshLeaderboards } from "../../src/server/leaderboard/refresh-leaderboards";
import { setPublicProfile } from "../../src/server/privacy/set-public-profile";
import { addPoints, createUser } from "../helpers/factories";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();
const SYSTEM = { system: "test" } as const;

test("switches, profile edits and refreshes at once: no failure, the board follows the final settings", async () => {
  const people = await Promise.all(Array.from({ length: 6 }, () => createUser()));
  for (const person of people) await addPoints(person.id, 10);
  const rows = await privileged(SYSTEM, (tx) => tx.select().from(users));
  const row = (id: string) => rows.find((candidate) => candidate.id === id)!;

  const work = Array.from({ length: 36 }, (_, i) => {
    const person = people[i % people.length]!;
    if (i % 3 === 0) return refreshLeaderboards({ force: true });
    if (i % 3 === 1) return setPublicProfile(row(person.id), i % 4 === 1);
    return privileged(SYSTEM, (tx) =>
      tx
        .update(users)
        .set({ name: sql`${users.name} || '.'` })
        .where(eq(users.id, person.id)),
    );
  });
  const results = await Promise.allSettled(work);
  expect(results.filter((result) => result.status === "rejected")).toEqual([]);

  await refreshLeaderboards({ force: true });
  const hidden = await privileged(SYSTEM, (tx) =>
    tx
      .select({ id: account_settings.user_id })
      .from(account_settings)
      .where(eq(account_settings.public_profile, false)),
  );
  const shown = people
    .map((person) => person.id)
    .filter((id) => !hidden.some((h) => h.id === id))
    .sort();
  const board = await asVisitor((tx) =>
    queryRows<{ user_id: string }>(tx, sql`SELECT user_id FROM leaderboard_totals`),
  );
  expect(board.map((entry) => entry.user_id).sort()).toEqual(shown);
  expect(hidden.length).toBeGreaterThan(0);
  expect(shown.length).toBeGreaterThan(0);
});

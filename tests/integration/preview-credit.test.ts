/** The forms' preview uses the submission limits and the point rules of submit and approval. */
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { previewCredit } from "../../src/server/credit/preview-credit";
import { privileged } from "../../src/server/db/privileged";
import { users } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { daysBefore, submitValid, VALID_PAYLOADS } from "../helpers/evidence";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const userRow = async (id: string) =>
  (
    await privileged({ system: "test" }, (tx) => tx.select().from(users).where(eq(users.id, id)))
  )[0]!;

test("points now, the rule in words for unfinished evidence, and refusals the submit would give", async () => {
  await signUp("Bootstrap Admin");
  const educator = await signUp("Preview Pam");
  const user = await userRow(educator.user.id);

  expect(await previewCredit(user, "AMPLIFY", VALID_PAYLOADS.AMPLIFY(3, 4))).toMatchObject({
    points: 10,
  });
  expect((await previewCredit(user, "EXPLORE", { reflection: "short" })).explanation).toMatch(
    /first approved Explore/,
  );

  const pending = await submitValid(
    educator.cookie,
    "AMPLIFY",
    VALID_PAYLOADS.AMPLIFY(40, 0, daysBefore(5)),
  );
  const refused = await previewCredit(
    user,
    "AMPLIFY",
    VALID_PAYLOADS.AMPLIFY(20, 0, daysBefore(4)),
  );
  expect(refused).toMatchObject({
    points: 0,
    refusal: expect.stringContaining("10 peers and 200 students remain"),
  });
  // Editing the pending submission itself is not counted against its own window.
  const edit = await previewCredit(user, "AMPLIFY", VALID_PAYLOADS.AMPLIFY(45, 0, daysBefore(5)), {
    submissionId: pending,
  });
  expect(edit).toMatchObject({ points: 90 });
  expect(edit.refusal).toBeUndefined();

  await submitValid(educator.cookie, "LEARN");
  expect((await previewCredit(user, "LEARN", VALID_PAYLOADS.LEARN())).refusal).toMatch(
    /already have a Learn certificate/,
  );
});

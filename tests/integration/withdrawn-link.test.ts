import { eq } from "drizzle-orm";
import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { privileged } from "../../src/server/db/privileged";
import { users } from "../../src/server/db/schema";
import { findOwnWithdrawal } from "../../src/server/submissions/find-own-withdrawal";
import { withdrawSubmission } from "../../src/server/submissions/withdraw-submission";
import { WithdrawnSubmission } from "../../src/ui/evidence/withdrawn-submission";
import { createSubmission, createUser } from "../helpers/factories";
import { renderInLocale } from "../helpers/intl";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

async function userRow(id: string) {
  const [row] = await privileged({ system: "test" }, (tx) =>
    tx.select().from(users).where(eq(users.id, id)),
  );
  return row!;
}

describe("a withdrawn submission's old link", () => {
  test("its owner learns when it was withdrawn and for which activity; nobody else does", async () => {
    const owner = await createUser();
    const other = await createUser();
    const submission = await createSubmission({ user_id: owner.id, activity_code: "PRESENT" });
    const before = Date.now();
    await withdrawSubmission(await userRow(owner.id), submission.id);

    const withdrawal = await findOwnWithdrawal({ userId: owner.id, submissionId: submission.id });
    expect(withdrawal?.activity).toBe("PRESENT");
    expect(Date.parse(withdrawal!.withdrawnAt)).toBeGreaterThanOrEqual(before - 5_000);
    expect(await findOwnWithdrawal({ userId: other.id, submissionId: submission.id })).toBeNull();

    const page = createElement(WithdrawnSubmission, { withdrawal: withdrawal! });
    const html = renderInLocale(page);
    expect(html).toContain("Present evidence withdrawn");
    expect(html).toContain('href="/dashboard/submit/present"');
    const indonesian = renderInLocale(page, "id");
    expect(indonesian).toContain("Bukti Present sudah ditarik");
    expect(indonesian).toContain("Kirim bukti Present baru");
    expect(indonesian).not.toContain("withdrawn");
  });

  test("a submission that was never withdrawn (or never existed) finds nothing", async () => {
    const owner = await createUser();
    const kept = await createSubmission({ user_id: owner.id });
    expect(await findOwnWithdrawal({ userId: owner.id, submissionId: kept.id })).toBeNull();
    expect(
      await findOwnWithdrawal({ userId: owner.id, submissionId: "not-a-submission" }),
    ).toBeNull();
  });
});

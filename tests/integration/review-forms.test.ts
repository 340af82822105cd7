/**
 * The review forms (issue 10 item 7): an out-of-range override names the allowed range on
 * its field; a bulk review first quotes how many submissions and points and writes
 * nothing until the reviewer confirms that very selection.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { approveSubmission, reviewSelected } from "../../src/app/admin/review/actions";
import type { BulkReviewState } from "../../src/app/admin/review/review-states";
import { privileged } from "../../src/server/db/privileged";
import { submissions, users } from "../../src/server/db/schema";
import { catalogues } from "../../src/i18n/messages";
import { signUp } from "../helpers/accounts";
import { submitValid } from "../helpers/evidence";
import { versionOf } from "../helpers/review";
import { actionSession } from "../helpers/action-session";
import { requestLanguage } from "../helpers/request-language";
import { setupTestDatabase } from "../helpers/test-database";

vi.mock("../../src/server/auth/guards", async () =>
  (await import("../helpers/action-session")).signedInGuards(),
);
// The actions answer in the request's language: English, the default, unless a test sets one.
vi.mock("next/headers", async () =>
  (await import("../helpers/request-language")).requestLanguageHeaders(),
);
vi.mock("next/cache", () => ({ refresh: () => undefined }));

setupTestDatabase();

let reviewer: { cookie: string; user: { id: string } };

beforeAll(async () => {
  await signUp("Ada Admin"); // first account: SUPERADMIN
  reviewer = await signUp("Rui Reviewer");
  await privileged({ system: "test" }, (tx) =>
    tx.update(users).set({ role: "REVIEWER" }).where(eq(users.id, reviewer.user.id)),
  );
  actionSession.userId = reviewer.user.id;
});

const statusOf = async (id: string) =>
  (
    await privileged({ system: "test" }, (tx) =>
      tx.select({ status: submissions.status }).from(submissions).where(eq(submissions.id, id)),
    )
  )[0]!.status;

function form(fields: [string, string][]): FormData {
  const formData = new FormData();
  for (const [name, value] of fields) formData.append(name, value);
  return formData;
}

async function bulkForm(ids: string[], extra: [string, string][]): Promise<FormData> {
  const fields: [string, string][] = [];
  for (const id of ids) {
    fields.push(["ids", id], [`version:${id}`, await versionOf(reviewer.cookie, id)]);
  }
  return form([["note", ""], ...fields, ...extra]);
}

describe("the review page's override", () => {
  test("out of range: the points field says the allowed range, the banner the rule", async () => {
    const educator = await signUp("Oscar Override");
    const id = await submitValid(educator.cookie, "EXPLORE");
    const state = await approveSubmission(
      id,
      { status: "idle" },
      form([
        ["version", await versionOf(reviewer.cookie, id)],
        ["note", "Exceptional"],
        ["points", "61"],
      ]),
    );
    expect(state).toMatchObject({
      status: "error",
      message: "An override must be between 40 and 60 points (±20 % of 50).",
      fieldErrors: { points: "Between 40 and 60." },
    });
    expect(await statusOf(id)).toBe("PENDING");
  });
});

describe("bulk review", () => {
  test("the first submit quotes count and points and writes nothing; Confirm approves", async () => {
    const first = await signUp("Bea Bulk");
    const second = await signUp("Ben Bulk");
    const ids = [
      await submitValid(first.cookie, "PRESENT"),
      await submitValid(second.cookie, "PRESENT"),
    ];
    const quoted: BulkReviewState = await reviewSelected(
      { status: "idle" },
      await bulkForm(ids, [["action", "approve"]]),
    );
    expect(quoted).toMatchObject({
      status: "idle",
      confirm: {
        action: "approve",
        ids: ids.join(","),
        selected: 2,
        reviewable: 2,
        points: 40,
        sharedEducator: false,
      },
    });
    expect(quoted.results).toBeUndefined();
    for (const id of ids) expect(await statusOf(id)).toBe("PENDING");

    const cancelled = await reviewSelected(
      quoted,
      await bulkForm(ids, [
        ["confirm", "no"],
        ["quotedAction", "approve"],
        ["quotedIds", ids.join(",")],
      ]),
    );
    expect(cancelled).toMatchObject({ status: "idle", values: { ids: ids.join(",") } });
    expect(cancelled.confirm).toBeUndefined();
    for (const id of ids) expect(await statusOf(id)).toBe("PENDING");

    const done = await reviewSelected(
      quoted,
      await bulkForm(ids, [
        ["confirm", "yes"],
        ["quotedAction", "approve"],
        ["quotedIds", ids.join(",")],
      ]),
    );
    expect(done).toMatchObject({ status: "success", message: "2 submissions approved." });
    for (const id of ids) expect(await statusOf(id)).toBe("APPROVED");
  });

  test("a selection changed after the quote is quoted again, not reviewed", async () => {
    const educator = await signUp("Cai Changed");
    const ids = [
      await submitValid(educator.cookie, "PRESENT"),
      await submitValid(educator.cookie, "SHINE"),
    ];
    const state = await reviewSelected(
      { status: "idle" },
      await bulkForm(ids, [
        ["confirm", "yes"],
        ["quotedAction", "approve"],
        ["quotedIds", ids[0]!],
      ]),
    );
    expect(state.confirm).toMatchObject({ selected: 2, points: 20, sharedEducator: true });
    for (const id of ids) expect(await statusOf(id)).toBe("PENDING");
  });
});

describe("in the page's language", () => {
  test("NEXT_LOCALE=id: the bulk report and a field error speak Indonesian", async () => {
    requestLanguage.cookie = "id";
    try {
      const educator = await signUp("Intan Indonesia");
      const ids = [await submitValid(educator.cookie, "PRESENT")];
      const done = await reviewSelected(
        { status: "idle" },
        await bulkForm(ids, [
          ["confirm", "yes"],
          ["quotedAction", "approve"],
          ["quotedIds", ids.join(",")],
        ]),
      );
      expect(done).toMatchObject({ status: "success", message: "1 kiriman disetujui." });

      const other = await submitValid(educator.cookie, "SHINE");
      const refused = await approveSubmission(
        other,
        { status: "idle" },
        form([
          ["version", await versionOf(reviewer.cookie, other)],
          ["points", "lots"],
        ]),
      );
      expect(refused.fieldErrors?.points).toBe(catalogues.id.errors.validation.wholePointsOrBlank);
      expect(await statusOf(other)).toBe("PENDING");
    } finally {
      requestLanguage.cookie = undefined;
    }
  });

  test("without a cookie, Accept-Language chooses the language", async () => {
    requestLanguage.acceptLanguage = "id-ID,id;q=0.9,en;q=0.5";
    try {
      const educator = await signUp("Edi Accept");
      const id = await submitValid(educator.cookie, "SHINE");
      const refused = await approveSubmission(
        id,
        { status: "idle" },
        form([
          ["version", await versionOf(reviewer.cookie, id)],
          ["points", "lots"],
        ]),
      );
      expect(refused.fieldErrors?.points).toBe(catalogues.id.errors.validation.wholePointsOrBlank);
    } finally {
      requestLanguage.acceptLanguage = undefined;
    }
  });
});

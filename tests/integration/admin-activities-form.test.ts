/**
 * The activities page's form action answers in the reader's language: its own checks,
 * the refusal for an activity whose points are fixed, and what was saved.
 */
import { beforeAll, describe, expect, test, vi } from "vitest";
import { updateActivityAction } from "../../src/app/admin/activities/actions";
import type { FormState } from "../../src/server/forms/form-state";
import { signUp } from "../helpers/accounts";
import { actionSession } from "../helpers/action-session";
import { testLocale } from "../helpers/intl";
import { setupTestDatabase } from "../helpers/test-database";

vi.mock("../../src/server/auth/guards", async () =>
  (await import("../helpers/action-session")).signedInGuards(),
);
vi.mock("next/cache", () => ({ refresh: () => undefined }));

setupTestDatabase();

const idle: FormState = { status: "idle" };

function activityForm(saved: { defaultPoints: string; description: string }, points: string) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(saved)) formData.set(`original.${name}`, value);
  formData.set("defaultPoints", points);
  formData.set("description", saved.description);
  return formData;
}

beforeAll(async () => {
  // The first account of a fresh database is its superadmin.
  const { user } = await signUp("Sue Super");
  expect(user.role).toBe("SUPERADMIN");
  actionSession.userId = user.id;
});

describe("the activity form action", () => {
  const explore = { defaultPoints: "50", description: "Use AI in a lesson." };

  test("Bahasa Indonesia: a wrong number, fixed points and a save are said in Indonesian", async () => {
    testLocale.current = "id";
    const notANumber = await updateActivityAction("EXPLORE", idle, activityForm(explore, "lima"));
    expect(notANumber).toMatchObject({
      status: "error",
      message: "Beberapa isian perlu diperbaiki.",
      fieldErrors: { defaultPoints: "Masukkan jumlah poin berupa bilangan bulat." },
    });
    const tooMany = await updateActivityAction("EXPLORE", idle, activityForm(explore, "5000"));
    expect(tooMany.fieldErrors).toEqual({ defaultPoints: "Paling banyak 1.000 poin." });
    const shine = await updateActivityAction(
      "SHINE",
      idle,
      activityForm({ defaultPoints: "0", description: "" }, "5"),
    );
    expect(shine.fieldErrors?.defaultPoints).toBe(
      "Shine dihargai dengan lencana, bukan poin, jadi nilai bawaannya tetap 0.",
    );
    const saved = await updateActivityAction("EXPLORE", idle, activityForm(explore, "55"));
    expect(saved).toMatchObject({
      status: "success",
      message:
        "Explore disimpan. Kredit baru memakai 55 poin; poin yang sudah diberikan tetap seperti semula.",
    });
  });

  test("English: nothing changed, and a save", async () => {
    testLocale.current = "en";
    const current = { defaultPoints: "55", description: explore.description };
    expect(await updateActivityAction("EXPLORE", idle, activityForm(current, "55"))).toEqual({
      status: "success",
      message: "Nothing to save: no field was changed.",
    });
    expect((await updateActivityAction("EXPLORE", idle, activityForm(current, "1"))).message).toBe(
      "Explore saved. New credits use 1 point; points already credited stay as they are.",
    );
  });
});

/**
 * The admin's Kajabi, mail and badges pages speak the reader's language (docs/product.md
 * §14): rendered whole, in Bahasa Indonesia they carry no English of their own, and their
 * form actions answer in Indonesian too. English stays the default.
 */

import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { reprocessAllUnmatched } from "../../src/app/admin/kajabi/actions";
import { sendTestEvent } from "../../src/app/admin/kajabi/test-event-actions";
import AdminKajabiPage from "../../src/app/admin/kajabi/page";
import AdminMailPage from "../../src/app/admin/mail/page";
import AdminMailMessagePage from "../../src/app/admin/mail/[id]/page";
import { createBadgeAction, updateBadgeAction } from "../../src/app/admin/badges/actions";
import AdminBadgesPage from "../../src/app/admin/badges/page";
import { CriteriaDescription } from "../../src/app/admin/badges/criteria-description";
import { privileged } from "../../src/server/db/privileged";
import { mail_outbox } from "../../src/server/db/schema";
import type { FormState } from "../../src/server/forms/form-state";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { actionSession } from "../helpers/action-session";
import { deliver, KAJABI_SECRET, kajabiBody } from "../helpers/kajabi-sender";
import { testLocale } from "../helpers/intl";
import { renderPageInLocale } from "../helpers/render-in-locale";
import { setupTestDatabase } from "../helpers/test-database";

vi.mock("../../src/server/auth/guards", async () =>
  (await import("../helpers/action-session")).signedInGuards(),
);
// The pages' guard, as the action's: the signed-in admin of this file.
vi.mock("../../src/server/auth/page-guards", async () => {
  const { requireRole } = await import("../../src/server/auth/guards");
  return { requirePageRole: (role: "ADMIN") => requireRole(role) };
});
vi.mock("next/cache", () => ({ refresh: () => undefined }));

setupTestDatabase();

const noQuery = () => Promise.resolve({});
const idle: FormState = { status: "idle" };

beforeAll(async () => {
  process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
  actionSession.userId = (await signUp("Ibu Admin")).user.id; // first account: SUPERADMIN
  await deliver(kajabiBody({ email: uniqueEmail("waiting") }));
});
afterAll(() => {
  delete process.env.KAJABI_WEBHOOK_SECRET;
});

describe("the Kajabi page", () => {
  test("reads Indonesian for an Indonesian reader, English by default", async () => {
    const page = () => AdminKajabiPage({ searchParams: noQuery() });
    const { html, text: id } = await renderPageInLocale("id", page);
    expect(id).toContain("Event Kajabi");
    expect(html).toContain('aria-label="Saring event menurut status"');
    expect(id).toContain("Belum cocok");
    expect(id).toContain("Hubungkan ID kontak ke pengguna");
    expect(id).toMatch(/1 event menunggu pengguna\./);
    expect(id).toContain("Periksa sambungan");
    expect(id).toContain("kiriman bertanda tangan, dengan header X-Kajabi-Signature");
    expect(id).toContain("Tag dan jenis event");
    expect(id).toContain("Proses ulang");
    expect(id).toMatch(/Payload ▾ event evt_\w+ Proses ulang event evt_\w+/);
    expect(id).toMatch(/\d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB/);
    for (const english of [
      "Check the connection",
      "No user yet",
      "waiting for a user",
      "Matched user",
    ]) {
      expect(id).not.toContain(english);
    }
    const en = (await renderPageInLocale("en", page)).text;
    expect(en).toContain("Check the connection");
    expect(en).toContain("1 event is waiting for a user.");
    expect(en).not.toContain("Periksa sambungan");
  });

  test("reprocessing answers in the reader's language", async () => {
    testLocale.current = "id";
    const result = await reprocessAllUnmatched(idle, new FormData());
    expect(result).toEqual({
      status: "success",
      message: "1 event diproses ulang: 1 masih belum cocok.",
    });
    testLocale.current = "en";
    expect(await reprocessAllUnmatched(idle, new FormData())).toEqual({
      status: "success",
      message: "Reprocessed 1 event: 1 still unmatched.",
    });
  });

  test("the test event reports what the webhook answered, in the reader's language", async () => {
    testLocale.current = "id";
    const result = await sendTestEvent(idle, new FormData());
    expect(result.status).toBe("success");
    expect(result.message).toMatch(
      /^Webhook menerima event uji leaps-test-[\w-]+ \(diautentikasi dengan tanda tangan\) dan menjawab "ignored"\./,
    );
  });
});

describe("the mail outbox", () => {
  test("the list and a message read Indonesian, dates in WIB", async () => {
    const [message] = await privileged({ system: "test" }, (tx) =>
      tx.select().from(mail_outbox).limit(1),
    );
    expect(message).toBeDefined();
    const { html, text: list } = await renderPageInLocale("id", () =>
      AdminMailPage({ searchParams: noQuery() }),
    );
    expect(html).toContain('aria-label="Saring pesan menurut status"');
    expect(list).toContain("Pesan di kotak keluar, dari yang terbaru");
    expect(list).toContain("Menunggu");
    expect(list).toContain("0 kali dicoba");
    expect(list).toContain("WIB");
    expect(list).toContain("SMTP belum diatur: tidak ada email yang dikirim.");
    for (const english of ["SMTP is not configured", "Filter messages", "Queued", "attempts"]) {
      expect(list).not.toContain(english);
    }

    const detail = (
      await renderPageInLocale("id", () =>
        AdminMailMessagePage({ params: Promise.resolve({ id: message!.id }) }),
      )
    ).text;
    expect(detail).toContain("Kepada");
    expect(detail).toContain("Diantrekan");
    expect(detail).toContain("Teks biasa");
    expect(detail).not.toContain("Plain text");
  });
});

describe("the badges", () => {
  test("the catalogue, its criteria and the form read Indonesian", async () => {
    const text = (await renderPageInLocale("id", () => AdminBadgesPage())).text;
    expect(text).toContain("Katalog lencana");
    expect(text).toContain("Minimal 1 kiriman Explore yang disetujui");
    expect(text).toContain("Lencana baru");
    expect(text).toContain("Diraih jika");
    expect(text).toContain("Hanya diberikan oleh admin");
    expect(text).toContain("Buat lencana");
    for (const english of ["Badge catalogue", "approved Explore submission", "Earned when"]) {
      expect(text).not.toContain(english);
    }
  });

  test("criteria sentences follow the language, numbers included", async () => {
    const criteria = { kind: "total_points", min: 1500 };
    const say = async (locale: "en" | "id", value: unknown) =>
      (
        await renderPageInLocale(locale, () =>
          createElement(CriteriaDescription, { criteria: value }),
        )
      ).text;
    expect(await say("en", criteria)).toBe("At least 1,500 points in total");
    expect(await say("id", criteria)).toBe("Minimal 1.500 poin secara total");
    expect(await say("en", { kind: "approved_count", activity: "EXPLORE", min: 1 })).toBe(
      "At least 1 approved Explore submission",
    );
    expect(await say("id", { kind: "amplify_reach", peers: 2, students: 30 })).toBe(
      "Minimal 2 rekan sejawat atau 30 siswa yang dilatih (Amplify yang disetujui)",
    );
  });

  test("the badge form's messages follow the language", async () => {
    testLocale.current = "id";
    const form = new FormData();
    for (const [name, value] of Object.entries({
      code: "GURU_PENGGERAK",
      name: "Guru Penggerak",
      description: "Mengajak rekan memakai AI.",
      iconUrl: "",
      criteriaKind: "total_points",
      criteriaMin: "sepuluh",
    })) {
      form.set(name, value);
    }
    const refused = await createBadgeAction(idle, form);
    expect(refused.status).toBe("error");
    expect(refused.fieldErrors).toMatchObject({ criteriaMin: "Masukkan bilangan bulat." });

    form.set("criteriaMin", "100");
    expect(await createBadgeAction(idle, form)).toEqual({
      status: "success",
      message: "Lencana GURU_PENGGERAK (“Guru Penggerak”) sudah dibuat.",
    });
    form.delete("code");
    for (const name of ["name", "description", "iconUrl", "criteriaKind", "criteriaMin"]) {
      form.set(`original.${name}`, String(form.get(name)));
    }
    expect(await updateBadgeAction("GURU_PENGGERAK", idle, form)).toEqual({
      status: "success",
      message: "Tidak ada yang disimpan: tidak ada isian yang diubah.",
    });
  });
});

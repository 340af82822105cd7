import { createElement } from "react";
import { describe, expect, test, vi } from "vitest";
import { saveProfile } from "../../src/app/settings/profile/actions";
import type { FormState } from "../../src/server/forms/form-state";
import { saveProgrammeEmailsAction } from "../../src/ui/settings/programme-emails-action";
import { evidenceDateBounds } from "../../src/ui/evidence/evidence-date-bounds";
import { evidenceErrors } from "../../src/ui/evidence/evidence-errors";
import { EvidenceForm } from "../../src/ui/evidence/evidence-form";
import { payloadFromValues, type EvidenceValues } from "../../src/ui/evidence/evidence-payload";
import { PayloadDetails } from "../../src/ui/evidence/payload-details";
import { SubmissionStatusPill } from "../../src/ui/evidence/status-pill";
import { useEvidenceProblem } from "../../src/ui/evidence/use-evidence-problem";
import type { Locale } from "../../src/i18n/locales";
import { actionSession } from "../helpers/action-session";
import { createUser } from "../helpers/factories";
import { renderInLocale, testLocale, textInLocale } from "../helpers/intl";
import { setupTestDatabase } from "../helpers/test-database";

vi.mock("../../src/server/auth/guards", async () =>
  (await import("../helpers/action-session")).signedInGuards(),
);
vi.mock("next/cache", () => ({ refresh: () => undefined }));

setupTestDatabase();
// The settings actions answer in the language of the page that sent them: here Indonesian.
testLocale.current = "id";

const idle: FormState = { status: "idle" };
const noAction = async (): Promise<FormState> => idle;

function evidenceForm(activity: "EXPLORE" | "AMPLIFY", locale: Locale) {
  return renderInLocale(
    createElement(EvidenceForm, {
      activity,
      action: noAction,
      preview: async () => null,
      initialValues: {},
      initialAttachments: [],
      dateBounds: evidenceDateBounds(activity),
      maxUploadBytes: 10 * 1024 * 1024,
      withVisibility: true,
      submitLabel: "send",
      pendingLabel: "sending",
    }),
    locale,
  );
}

/** What the evidence form says about these values, in `locale`. */
function problemsIn(locale: Locale, activity: "AMPLIFY", values: EvidenceValues) {
  function Problems() {
    const describe = useEvidenceProblem(activity);
    return JSON.stringify(evidenceErrors(activity, values, describe));
  }
  return JSON.parse(
    textInLocale(createElement(Problems), locale).replaceAll("&quot;", '"'),
  ) as Record<string, string>;
}

describe("the educator's pages in Bahasa Indonesia", () => {
  test("the evidence form: labels, the day-first date field, files, visibility and points", () => {
    const html = evidenceForm("EXPLORE", "id");
    for (const words of [
      "Refleksi",
      "Tanggal kelas",
      'placeholder="hh/bb/tttt"',
      'inputMode="numeric"',
      "Alat AI yang dipakai (opsional)",
      "Lampiran",
      "Bukti dari kelas: 1 sampai 5 berkas.",
      "PDF, JPEG, PNG, atau WebP",
      "Siapa yang bisa melihat bukti ini?",
      "Poin untuk bukti ini",
      "50 poin untuk Explore pertama Anda yang disetujui",
      "0 / 5.000 karakter (minimal 150)",
    ]) {
      expect(html).toContain(words);
    }
    expect(html).not.toMatch(/Reflection|Attachments|Who can see|Points for this evidence/);
    expect(html).not.toContain('type="date"');
  });

  test("the same form in English keeps its English words", () => {
    const html = evidenceForm("EXPLORE", "en");
    expect(html).toContain("Date of the class");
    expect(html).toContain('placeholder="dd/mm/yyyy"');
    expect(html).toContain("0 / 5,000 characters (minimum 150)");
    expect(html).toContain("Evidence from the class: 1 to 5 files.");
  });

  test("the browser's checks speak the reader's language, dates read day first", () => {
    const tooMany = { peersTrained: "51", studentsTrained: "", sessionDate: "31/02/2026" };
    expect(problemsIn("id", "AMPLIFY", tooMany)).toEqual({
      peersTrained: "Paling banyak 50 rekan guru per sesi.",
      sessionDate: "Tanggal itu tidak ada: periksa lagi tanggal dan bulannya.",
    });
    expect(problemsIn("en", "AMPLIFY", { ...tooMany, sessionDate: "2026/02/01" })).toMatchObject({
      sessionDate: "Write the date as day/month/year, e.g. 31/03/2026.",
    });
    expect(problemsIn("id", "AMPLIFY", { peersTrained: "0", sessionDate: "01/01/2000" })).toEqual({
      peersTrained: "Isi jumlah rekan guru atau siswa yang Anda latih (minimal salah satu).",
      sessionDate: "Sesinya harus dalam 90 hari terakhir.",
    });
  });

  test("a day-first date reaches the schema as ISO", () => {
    expect(payloadFromValues("EXPLORE", { classDate: "3/3/2026" }).classDate).toBe("2026-03-03");
    expect(payloadFromValues("EXPLORE", { classDate: "2026-03-03" }).classDate).toBe("2026-03-03");
    expect(payloadFromValues("EXPLORE", { classDate: "3 March" }).classDate).toBe("3 March");
  });

  test("a submission's details and status", () => {
    const html = renderInLocale(
      createElement("div", null, [
        createElement(SubmissionStatusPill, { key: "pill", status: "PENDING" }),
        createElement(PayloadDetails, {
          key: "details",
          activity: "EXPLORE",
          payload: { reflection: "Kelas kami…", classDate: "2026-03-03" },
        }),
      ]),
      "id",
    );
    expect(html).toContain("Menunggu tinjauan");
    expect(html).toContain("Tanggal kelas");
    expect(html).toContain("3 Mar 2026");
    expect(html).toContain("Tidak diisi");
    expect(html).not.toMatch(/Pending|Not given|Date of the class/);
  });

  test("settings' confirmations come back in the page's language", async () => {
    const educator = await createUser();
    actionSession.userId = educator.id;
    const form = new FormData();
    form.set("name", "Ibu Sari");
    form.set("handle", educator.handle);
    const saved = await saveProfile(idle, form);
    expect(saved).toMatchObject({ status: "success", message: "Profil Anda sudah disimpan." });

    const emails = await saveProgrammeEmailsAction(idle, new FormData());
    expect(emails.message).toBe(
      "Email program nonaktif. Email akun (seperti pengaturan ulang kata sandi) tetap dikirim.",
    );
  });
});

/**
 * Every mail in both languages (docs/product.md §14): the words come from the catalogue's
 * `mail` namespace, numbers and lists are formatted for the reader, and an Indonesian
 * mail holds no English beyond names, links and the programme's own words.
 */
import { describe, expect, test } from "vitest";
import type { MailContext, MailLocale, RenderedMail } from "../../src/server/mail/mail-template";
import { badgeEarnedMail } from "../../src/server/mail/templates/badge-earned-mail";
import { deleteAccountMail } from "../../src/server/mail/templates/delete-account";
import { kajabiCreditMail } from "../../src/server/mail/templates/kajabi-credit-mail";
import { passwordResetTemplate } from "../../src/server/mail/templates/password-reset";
import { reviewOutcomeMail } from "../../src/server/mail/templates/review-outcome-mail";
import { verifyEmailTemplate } from "../../src/server/mail/templates/verify-email";

const context = (locale: MailLocale): MailContext => ({
  appUrl: "https://leaps.example.org",
  programmeName: "LEAPS Tracker",
  locale,
});

/** One of each mail, with data that is itself free of English words. */
function allMails(locale: MailLocale): Record<string, RenderedMail> {
  const c = context(locale);
  const name = "Siti Rahma";
  const review = { name, submissionId: "sub-9", activity: "AMPLIFY", note: null };
  return {
    verify: verifyEmailTemplate.render({ name, email: "siti@sekolah.sch.id", token: "tok" }, c),
    reset: passwordResetTemplate.render({ name, token: "tok" }, c),
    delete: deleteAccountMail.render({ name, token: "tok" }, c),
    approved: reviewOutcomeMail.render(
      { ...review, status: "APPROVED", points: 1500, badges: ["Pelopor", "Guru Hebat", "Bintang"] },
      c,
    ),
    approvedOne: reviewOutcomeMail.render(
      { ...review, status: "APPROVED", points: 1, badges: [] },
      c,
    ),
    rejected: reviewOutcomeMail.render(
      { ...review, status: "REJECTED", points: 0, badges: [], note: "Tambahkan foto kelas" },
      c,
    ),
    badge: badgeEarnedMail.render({ name, badge: "Pelopor" }, c),
    kajabi: kajabiCreditMail.render(
      { name, points: 10, course: "elevate-ai-1-completed", badges: ["Pelopor"] },
      c,
    ),
  };
}

/** Words that betray an English sentence; URLs are left out (their paths are English). */
const ENGLISH =
  /\b(hello|the|your|you|and|points?|badges?|please|link|account|evidence|reviewer|confirm|submit|if|this)\b/i;
const withoutUrls = (text: string) => text.replace(/https?:\/\/\S+/g, "");

describe("mails in Bahasa Indonesia", () => {
  const mails = allMails("id");

  test.each(Object.keys(mails))("%s: subject and body hold no English", (key) => {
    const mail = mails[key]!;
    expect(mail.subject).not.toMatch(ENGLISH);
    expect(withoutUrls(mail.text)).not.toMatch(ENGLISH);
    expect(mail.html).toContain('<html lang="id">');
    expect(mail.text).toContain("Halo Siti Rahma,");
  });

  test("subjects, numbers and lists read as Indonesian", () => {
    expect(mails.verify!.subject).toBe("Konfirmasi alamat email Anda untuk LEAPS Tracker");
    expect(mails.reset!.subject).toBe("Atur ulang kata sandi LEAPS Tracker Anda");
    expect(mails.delete!.subject).toBe("Konfirmasi penghapusan akun Anda · LEAPS Tracker");
    expect(mails.approved!.subject).toBe("Bukti Amplify Anda disetujui: +1.500 poin");
    expect(mails.approved!.text).toContain("lencana baru: Pelopor, Guru Hebat, dan Bintang.");
    expect(mails.rejected!.text).toContain("“Tambahkan foto kelas”");
    expect(mails.rejected!.text).toContain(
      "Kirim lagi: https://leaps.example.org/dashboard/submit/amplify",
    );
    expect(mails.kajabi!.subject).toBe("Kursus selesai: +10 poin Learn");
    expect(mails.badge!.text).toContain("Anda dapat mematikan email program di Pengaturan");
  });
});

describe("mails in English", () => {
  const mails = allMails("en");

  test("subjects, plurals, numbers and lists read as English", () => {
    expect(mails.verify!.subject).toBe("Confirm your email address for LEAPS Tracker");
    expect(mails.reset!.subject).toBe("Reset your LEAPS Tracker password");
    expect(mails.delete!.subject).toBe("Confirm deleting your account · LEAPS Tracker");
    expect(mails.approved!.subject).toBe("Your Amplify evidence was approved: +1,500 points");
    expect(mails.approvedOne!.subject).toBe("Your Amplify evidence was approved: +1 point");
    expect(mails.approvedOne!.text).toContain("approved and 1 point was credited.");
    expect(mails.approved!.text).toContain("1,500 points were credited.");
    expect(mails.approved!.text).toContain("You also earned: Pelopor, Guru Hebat and Bintang.");
    expect(mails.kajabi!.subject).toBe("Course completed: +10 Learn points");
    expect(mails.verify!.text).toContain("Hello Siti Rahma,");
    expect(mails.verify!.text).toContain("expires in 48 hours");
    for (const mail of Object.values(mails)) {
      expect(mail.text).not.toMatch(/\b(Halo|Anda)\b/);
      // The Indonesian check above would notice these mails: it is not vacuous.
      expect(withoutUrls(mail.text)).toMatch(ENGLISH);
    }
  });

  test("each language keeps the same links", () => {
    const english = allMails("en");
    const indonesian = allMails("id");
    const links = (mail: RenderedMail) => mail.text.match(/https?:\/\/\S+/g);
    for (const key of Object.keys(english)) {
      expect(links(indonesian[key]!)).toEqual(links(english[key]!));
    }
  });
});

/** Mail templates, back-off and error wording (docs/product.md §13): pure parts, no SMTP. */
import { describe, expect, test } from "vitest";
import { describeSmtpError } from "../../src/server/mail/describe-smtp-error";
import { afterFailure, GIVE_UP_AFTER_MS } from "../../src/server/mail/mail-backoff";
import type { MailContext, MailLocale } from "../../src/server/mail/mail-template";
import { badgeEarnedMail } from "../../src/server/mail/templates/badge-earned-mail";
import { kajabiCreditMail } from "../../src/server/mail/templates/kajabi-credit-mail";
import { reviewOutcomeMail } from "../../src/server/mail/templates/review-outcome-mail";

const context = (locale: MailLocale): MailContext => ({
  appUrl: "https://leaps.example.org",
  programmeName: "LEAPS Tracker",
  locale,
});

const NAME = `<img src=x onerror="alert(1)"> O'Brien & Co`;
const rendered = (locale: MailLocale) => [
  reviewOutcomeMail.render(
    {
      name: NAME,
      submissionId: "sub-1",
      activity: "EXPLORE",
      status: "APPROVED",
      points: 50,
      badges: ["In-Class Innovator", "Early <b>Bird</b>"],
      note: null,
    },
    context(locale),
  ),
  reviewOutcomeMail.render(
    {
      name: NAME,
      submissionId: "sub-2",
      activity: "SHINE",
      status: "REJECTED",
      points: 0,
      badges: [],
      note: "Please add </p><script>x()</script> a photo",
    },
    context(locale),
  ),
  badgeEarnedMail.render({ name: NAME, badge: "Trailblazer" }, context(locale)),
  kajabiCreditMail.render(
    { name: NAME, points: 10, course: "elevate-ai-1-completed", badges: [] },
    context(locale),
  ),
];

describe("templates", () => {
  test.each(["en", "id"] as const)(
    "%s: short, signed, one action link, markup escaped",
    (locale) => {
      for (const mail of rendered(locale)) {
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.subject.length).toBeLessThan(80);
        expect(mail.text).toContain("— LEAPS Tracker");
        expect(mail.html).toContain(`<html lang="${locale}">`);
        expect(mail.html.match(/<a /g)).toHaveLength(1);
        expect(mail.html).toMatch(/href="https:\/\/leaps\.example\.org\//);
        expect(mail.html).not.toMatch(/<img|<script|<b>|onerror="/);
        expect(mail.html).toContain(
          "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; O&#39;Brien &amp; Co",
        );
        expect(mail.text).toContain(NAME);
        expect(mail.text.split("\n").length).toBeLessThan(20);
      }
    },
  );

  test("English and Bahasa Indonesia say different things", () => {
    const [approvedEn, rejectedEn] = rendered("en");
    const [approvedId, rejectedId] = rendered("id");
    expect(approvedEn!.subject).toBe("Your Explore evidence was approved: +50 points");
    expect(approvedId!.subject).toBe("Bukti Explore Anda disetujui: +50 poin");
    expect(approvedEn!.text).toContain(
      "You also earned: In-Class Innovator and Early <b>Bird</b>.",
    );
    expect(approvedId!.text).toContain("lencana baru: In-Class Innovator dan Early <b>Bird</b>.");
    expect(approvedEn!.text).toContain("https://leaps.example.org/dashboard/submissions/sub-1");
    expect(rejectedEn!.text).toContain("Please add </p><script>x()</script> a photo");
    expect(rejectedEn!.text).toContain(
      "Submit again: https://leaps.example.org/dashboard/submit/shine",
    );
    expect(rejectedId!.text).toContain(
      "Kirim lagi: https://leaps.example.org/dashboard/submit/shine",
    );
  });
});

describe("back-off", () => {
  const created = new Date("2026-01-01T00:00:00Z");
  const at = (ms: number) => new Date(created.getTime() + ms);

  test("30 s, doubling, capped at an hour", () => {
    const delays = [1, 2, 3, 4, 8, 20].map((attempts) => {
      const next = afterFailure(attempts, created, at(0));
      if (next.status !== "pending") throw new Error("gave up too early");
      return next.nextAttemptAt.getTime() - created.getTime();
    });
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  });

  test("retries for a day, then gives up", () => {
    expect(afterFailure(40, created, at(GIVE_UP_AFTER_MS - 1)).status).toBe("pending");
    expect(afterFailure(41, created, at(GIVE_UP_AFTER_MS)).status).toBe("failed");
  });
});

test("an SMTP error is recorded without credentials", () => {
  const error = Object.assign(new Error("Invalid login"), {
    code: "EAUTH",
    responseCode: 535,
    response: "535 auth failed for smtps://mailer:hunter2@smtp.example.org:465",
  });
  const said = describeSmtpError(error);
  expect(said).toContain("EAUTH 535");
  expect(said).not.toContain("hunter2");
});

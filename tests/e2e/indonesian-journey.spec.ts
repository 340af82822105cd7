import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { appUrl, signUpInBrowser } from "./browser-accounts";
import { linkIn, waitForMail } from "./mail-spool";

/**
 * An Indonesian teacher on a phone, from first visit to approved evidence (docs/product.md
 * §14): the browser asks for Bahasa Indonesia and gets every step in it — the pages, the
 * mailed link, the date typed day first, the status, the points and the mails — and can
 * switch to English and back from the header. Every word checked comes from the Indonesian
 * catalogue, so a page that fell back to English fails here.
 */

const id = JSON.parse(fs.readFileSync("messages/id.json", "utf8"));
const PHONE = { width: 375, height: 812 };
const PASSWORD = "kata sandi yang cukup panjang";
const ADMIN = {
  name: "E2E Admin",
  email: "e2e-admin@example.test",
  password: "a long enough passphrase",
};

/** dd/mm/yyyy, as an Indonesian teacher writes a date. */
function dayFirst(daysAgo: number): string {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

test("an Indonesian teacher signs up, confirms, submits Explore and sees the approval, all in Bahasa Indonesia", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  const teacher = { name: `Rina Kartika ${run}`, email: `rina-${run}@example.test` };
  const context = await browser.newContext({ locale: "id-ID", viewport: PHONE });
  const page = await context.newPage();

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
  await expect(page.getByRole("heading", { name: id.home.programmeHeading })).toBeVisible();
  await page.getByRole("link", { name: id.layout.account.join, exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(id.auth.signUp.title);
  await page.getByLabel(id.forms.profile.name, { exact: true }).fill(teacher.name);
  await page.getByLabel(id.auth.fields.email, { exact: true }).fill(teacher.email);
  await page.getByLabel(id.auth.fields.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: id.auth.signUp.submit }).click();
  await expect(page.getByTestId("total-points")).toHaveText("0");
  await expect(page.getByRole("heading", { name: id.dashboard.totalPoints.title })).toBeVisible();

  // The verification mail is Indonesian too, and its link confirms the address.
  const subject = id.mail.verifyEmail.subject.replace("{programme}", "LEAPS Tracker");
  const mail = await waitForMail(teacher.email, { where: (m) => m.subject === subject });
  await page.goto(linkIn(mail, `${appUrl()}/verify-email?token=`));
  await page.getByRole("button", { name: id.auth.verifyEmail.confirm }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    new RegExp(
      `${id.auth.verifyEmail.confirmedTitle}|${id.auth.verifyEmail.outcomes.verified.title}`,
    ),
  );

  // Explore evidence with the class date typed day first.
  await page.goto("/dashboard/submit/explore");
  const fields = id.evidence.fields.EXPLORE;
  await page
    .getByLabel(fields.reflection.label, { exact: true })
    .fill(
      "Siswa kelas 8 membandingkan jawaban asisten AI tentang fotosintesis dengan buku paket, menemukan dua kesalahan, lalu menulis koreksinya bersama-sama. ".repeat(
        2,
      ),
    );
  await page.getByLabel(fields.classDate.label).fill(dayFirst(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaps-id-"));
  const file = path.join(dir, "bukti-kelas.pdf");
  fs.writeFileSync(file, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
  await page.getByLabel(id.evidence.attachments.label, { exact: true }).setInputFiles(file);
  await expect(
    page.getByRole("progressbar", {
      name: id.evidence.upload.progressLabel.replace("{name}", "bukti-kelas.pdf"),
    }),
  ).toHaveAttribute("value", "100");
  await page
    .getByRole("button", { name: id.submission.submit.title.replace("{activity}", "Explore") })
    .click();
  await expect(page.getByText(id.submission.status.PENDING, { exact: true })).toBeVisible();
  const submissionId = new URL(page.url()).pathname.split("/").pop()!;
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations).toEqual([]);

  // A reviewer approves; the teacher's dashboard and the outcome mail say so in Indonesian.
  const admin = await signUpInBrowser(browser, ADMIN, { verify: true });
  const detail = await admin.context.request.get(`/api/admin/submissions/${submissionId}`);
  const { version } = (await detail.json()) as { version: string };
  const review = await admin.context.request.post(`/api/admin/submissions/${submissionId}/review`, {
    data: { action: "approve", version },
  });
  expect(review.ok(), await review.text()).toBe(true);
  await admin.context.close();

  await page.goto("/dashboard");
  await expect(page.getByTestId("total-points")).toHaveText("50");
  const approved = id.mail.reviewApproved.subject
    .replace("{activity}", "Explore")
    .replace("{points, number}", "50");
  await waitForMail(teacher.email, { where: (m) => m.subject === approved });

  // The header switcher works signed in, without a page of its own, and back again.
  await page.getByRole("button", { name: id.layout.language.names.en }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("button", { name: id.layout.language.names.id }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
  await context.close();
});

/**
 * The public face in both languages (docs/product.md §14): the home page, leaderboard,
 * metrics, profiles, badge pages and their shared-link pictures render in Bahasa
 * Indonesia for an Indonesian reader, with no English left, and stay English by default.
 */
import { and, eq } from "drizzle-orm";
import { createFormatter } from "next-intl";
import { isValidElement, type ReactElement } from "react";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import HomePage from "../../src/app/page";
import LeaderboardPage, {
  generateMetadata as leaderboardMetadata,
} from "../../src/app/(public)/leaderboard/page";
import MetricsPage, {
  generateMetadata as metricsMetadata,
} from "../../src/app/(public)/metrics/page";
import ProfilePage, {
  generateMetadata as profileMetadata,
} from "../../src/app/(public)/u/[handle]/page";
import ProfileImage from "../../src/app/(public)/u/[handle]/opengraph-image";
import BadgePage from "../../src/app/(public)/badges/[id]/page";
import BadgeImage from "../../src/app/(public)/badges/[id]/opengraph-image";
import SiteImage from "../../src/app/opengraph-image";
import { evaluateBadges } from "../../src/server/badges/evaluate-badges";
import { listBadges } from "../../src/server/badges/list-badges";
import { getBadgeCredential } from "../../src/server/credentials/get-badge-credential";
import { privileged } from "../../src/server/db/privileged";
import { badge_credentials } from "../../src/server/db/schema";
import { refreshLeaderboards } from "../../src/server/leaderboard/refresh-leaderboards";
import { formats } from "../../src/i18n/formats";
import { monthLabels } from "../../src/ui/metrics/metrics-month";
import { addPoints, createSubmission, createUser, type TestUser } from "../helpers/factories";
import { testLocale } from "../helpers/intl";
import { renderPageInLocale } from "../helpers/render-in-locale";
import { flattenCatalogue, readCatalogue } from "../helpers/catalogue-keys";
import { setupTestDatabase } from "../helpers/test-database";

// Outside a request: a visitor, the test's origin, no request to wait for.
vi.mock("@/server/auth/page-guards", () => ({ getPageUser: async () => null }));
vi.mock("@/server/http/request-origin", () => ({ requestOrigin: async () => "http://test" }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));
// The badge page's live check fetches the issuer's DID document; its wording is under test here.
vi.mock("@/server/credentials/verify-stored-credential", () => ({
  verifyStoredCredential: async () => ({
    verified: true,
    result: "verified",
    checks: { signature: "passed", issuerKey: "passed", status: "not-checked" },
    errors: [],
  }),
}));
// The share pictures' elements, not their PNGs: the words are what is under test.
vi.mock("next/og", () => ({
  ImageResponse: class {
    constructor(readonly element: ReactElement) {}
  },
}));

setupTestDatabase();

const PUBLIC_NAMESPACES = [
  "home",
  "activities",
  "stories",
  "leaderboard",
  "metrics",
  "profile",
  "badgePage",
];

/**
 * English messages of the public face that a page could show verbatim: whole messages
 * without arguments, and the literal runs of those with arguments (split at each
 * argument or tag), long enough not to be a shared word, and different in Indonesian.
 */
function englishPhrases(): string[] {
  const english = flattenCatalogue(readCatalogue("en"));
  const indonesian = flattenCatalogue(readCatalogue("id"));
  const phrases = new Set<string>();
  for (const [key, text] of english) {
    if (!PUBLIC_NAMESPACES.includes(key.split(".")[0]!) || indonesian.get(key) === text) continue;
    for (const run of text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<[^>]+>/)) {
      const phrase = run.trim().replace(/^[:·,.]\s*|\s*[:·,.]$/g, "");
      if (phrase.length >= 12 && !/^(Learn|Explore|Amplify|Present|Shine)\b/.test(phrase)) {
        phrases.add(phrase);
      }
    }
  }
  return [...phrases];
}

/**
 * What the database holds stays as written (badge names, descriptions, the signed
 * credential's criteria and evidence names): only the page's own words are checked.
 */
async function storedWords(): Promise<string[]> {
  const badges = await listBadges();
  const badge = await getBadgeCredential(credentialId, null);
  return [
    ...badges.flatMap((item) => [item.name, item.description]),
    badge.badge.narrative,
    ...badge.evidence.map((item) => item.name),
  ];
}

async function expectNoEnglish(page: string) {
  let text = page;
  for (const words of await storedWords()) text = text.split(words).join(" ");
  const left = englishPhrases().filter((phrase) => text.includes(phrase));
  expect(left).toEqual([]);
  expect(text).not.toMatch(/\b(points?|badges?|Showing|educators?|Approved|Earned)\b/);
}

/** A page's visible text, in the language the test reads in. */
const render = async (page: () => React.ReactNode | Promise<React.ReactNode>) =>
  (await renderPageInLocale(testLocale.current, page)).text;
const props = <T>(values: T) => ({ params: Promise.resolve(values) });

let ada: TestUser;
let credentialId: string;

beforeAll(async () => {
  process.env.APP_URL = "http://test";
  ada = await createUser({
    name: "Ada Lovelace",
    handle: "ada-id",
    school: "SMA Negeri 1",
    cohort: "2026-A",
  });
  await createSubmission({
    user_id: ada.id,
    status: "APPROVED",
    visibility: "PUBLIC",
    payload: { reflection: "Kelas kami membuat teman belajar AI", aiTool: "ChatGPT" },
  });
  await addPoints(ada.id, 1234);
  await privileged({ system: "test" }, (tx) => evaluateBadges(tx, ada.id, "system:test"));
  const [row] = await privileged({ system: "test" }, (tx) =>
    tx
      .select()
      .from(badge_credentials)
      .where(
        and(eq(badge_credentials.user_id, ada.id), eq(badge_credentials.badge_code, "CENTURY")),
      ),
  );
  credentialId = row!.id;
  await refreshLeaderboards({ force: true });
});

afterAll(() => {
  testLocale.current = "en";
});

describe("an Indonesian reader (NEXT_LOCALE=id or Accept-Language: id)", () => {
  beforeAll(() => {
    testLocale.current = "id";
  });

  test("the home page speaks Indonesian throughout, numbers in Indonesian style", async () => {
    const text = await render(() => HomePage());
    expect(text).toContain("Perjalanan program sejauh ini");
    expect(text).toContain("Lima langkah LEAPS");
    expect(text).toContain("50 poin untuk kegiatan Explore pertama Anda yang disetujui");
    expect(text).toContain("Teratas di papan peringkat");
    expect(text).toContain("1.234 poin"); // the top five, formatted for id-ID
    expect(text).toContain("Cara memulai");
    expect(text).toContain("Siapa yang boleh ikut?");
    await expectNoEnglish(text);
  });

  test("the leaderboard: headings, table, range, filters and empty states", async () => {
    const page = await render(() => LeaderboardPage({ searchParams: Promise.resolve({}) }));
    expect(page).toContain("Papan peringkat");
    expect(page).toMatch(/Menampilkan 1 dari 1 pendidik|Menampilkan 1–\d+ dari \d+ pendidik/);
    expect(page).toContain("Peringkat Pendidik Sekolah Angkatan Poin Kiriman publik Lencana");
    expect(page).toContain("1.234");
    expect(page).toContain("Sepanjang waktu");
    expect(page).toContain("30 hari terakhir");
    await expectNoEnglish(page);

    const none = await render(() =>
      LeaderboardPage({ searchParams: Promise.resolve({ q: "tidak-ada-siapa-pun" }) }),
    );
    expect(none).toContain("Tidak ada pendidik yang cocok dengan pencarian Anda");
    await expectNoEnglish(none);

    const pastEnd = await render(() =>
      LeaderboardPage({ searchParams: Promise.resolve({ page: "9" }) }),
    );
    expect(pastEnd).toContain("Halaman ini melewati akhir papan peringkat");

    expect(await leaderboardMetadata()).toMatchObject({ title: "Papan peringkat" });
  });

  test("the metrics page: counters, chart titles, legends, data tables and month names", async () => {
    const text = await render(() => MetricsPage());
    expect(text).toContain("Metrik program");
    expect(text).toContain("Kiriman disetujui");
    expect(text).toContain("Poin yang diberikan per kegiatan");
    expect(text).toContain("Tampilkan data sebagai tabel");
    expect(text).toContain("Dari bulan ke bulan");
    expect(text).toMatch(/terbanyak pada \w+ \d{4}/);
    await expectNoEnglish(text);
    expect(await metricsMetadata()).toMatchObject({ title: "Metrik program" });
  });

  test("a profile, its shared-link text and its picture", async () => {
    const text = await render(() => ProfilePage(props({ handle: "ada-id" })));
    expect(text).toContain("Angkatan 2026-A");
    expect(text).toContain("Peringkat sepanjang waktu");
    expect(text).toContain("Bukti publik");
    expect(text).toContain("Alat AI yang digunakan");
    expect(text).toContain("Kelas kami membuat teman belajar AI"); // the educator's words, as written
    expect(text).toMatch(/Disetujui \d{1,2} \w+ \d{4}/);
    await expectNoEnglish(text);

    const metadata = await profileMetadata(props({ handle: "ada-id" }));
    expect(metadata.description).toMatch(
      /^Pendidik LEAPS di SMA Negeri 1: 1\.234 poin · peringkat #1 sepanjang waktu · \d+ lencana\.$/,
    );
    expect(metadata.openGraph?.title).toBe("Ada Lovelace di LEAPS Tracker");

    const image = (await ProfileImage(props({ handle: "ada-id" }))) as unknown as {
      element: ReactElement<{ lines: string[] }>;
    };
    expect(image.element.props.lines[0]).toMatch(
      /^1\.234 poin · #1 sepanjang waktu · \d+ lencana$/,
    );
  });

  test("a badge page: verification, share links and its picture", async () => {
    const text = await render(() => BadgePage(props({ id: credentialId })));
    expect(text).toContain("Lencana LEAPS Tracker");
    expect(text).toContain("Diraih oleh Ada Lovelace");
    expect(text).toContain("Terverifikasi");
    expect(text).toMatch(/Tanda tangan \(eddsa-rdfc-2022\) ?: lolos/);
    expect(text).toMatch(/Tidak dicabut \(daftar status\) ?: tidak diperiksa/);
    expect(text).toContain("Simpan dan bagikan");
    expect(text).toContain("Bagikan lewat LinkedIn");
    expect(text).toMatch(/Diterbitkan \d{1,2} \w+ \d{4}/);
    await expectNoEnglish(text);

    const image = (await BadgeImage(props({ id: credentialId }))) as unknown as {
      element: ReactElement<{ eyebrow: string; lines: string[] }>;
    };
    expect(image.element.props.eyebrow).toBe("Lencana terverifikasi");
    expect(image.element.props.lines).toEqual(["Diraih oleh Ada Lovelace"]);
  });

  test("the site's shared-link picture", async () => {
    const image = (await SiteImage()) as unknown as {
      element: ReactElement<{ eyebrow: string; title: string }>;
    };
    expect(isValidElement(image.element)).toBe(true);
    expect(image.element.props.title).toBe("Belajar, berbagi, dan bersinar dengan AI di kelas");
  });

  test("month labels come from the reader's calendar, not a fixed locale", () => {
    const format = createFormatter({ locale: "id-ID", timeZone: "Asia/Jakarta", formats });
    expect(monthLabels(format, "2026-03")).toEqual({ label: "Maret 2026", shortLabel: "Mar" });
    expect(monthLabels(format, "2026-08").shortLabel).toBe("Agu");
  });
});

describe("an English reader (the default)", () => {
  beforeAll(() => {
    testLocale.current = "en";
  });

  test("sees the same pages in English", async () => {
    const home = await render(() => HomePage());
    expect(home).toContain("The programme so far");
    expect(home).toContain("50 points for your first approved Explore");
    expect(home).not.toContain("Perjalanan program");
    // The English-phrase check of the Indonesian pages would have caught these.
    expect(englishPhrases().filter((phrase) => home.includes(phrase)).length).toBeGreaterThan(10);
    const board = await render(() => LeaderboardPage({ searchParams: Promise.resolve({}) }));
    expect(board).toMatch(/Showing 1(–\d+)? of \d+ educators?/);
    expect(board).toContain("1,234");
  });
});

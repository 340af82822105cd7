/** Lists that tell submissions apart (docs/product.md §4): title, date of the work, points, thumbnail. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as queueRoute } from "../../src/app/api/admin/submissions/route";
import { GET as ownRoute } from "../../src/app/api/submissions/route";
import { privileged } from "../../src/server/db/privileged";
import { users } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { daysBefore, FILES, submit, submitValid, uploadKey } from "../helpers/evidence";
import { call } from "../helpers/http";
import { reviewWithVersion } from "../helpers/review";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

let reviewer: { cookie: string; user: { id: string } };
let educator: { cookie: string; user: { id: string } };
const ids: Record<string, string> = {};
let imageKey = "";

const REFLECTION =
  "Today my class of forty asked an AI tutor to explain photosynthesis step by step, and then " +
  "we compared its answer with the textbook. ".repeat(2);

interface Summary {
  title: string;
  workDate: string | null;
  points: { kind: string; value: number } | null;
  thumbnailKey: string | null;
}
type Listed = { id: string; summary: Summary };

beforeAll(async () => {
  reviewer = await signUp("Sari Dewi"); // first account: SUPERADMIN, reviews everything
  educator = await signUp("Budi Santoso");
  await privileged({ system: "test" }, (tx) =>
    tx.update(users).set({ school: "SD 1" }).where(eq(users.id, educator.user.id)),
  );
  ids.LEARN = await submitValid(educator.cookie, "LEARN", {
    provider: "Kajabi",
    courseName: "Elevate AI 1",
    completedAt: daysBefore(5),
  });
  ids.EXPLORE = await submitValid(educator.cookie, "EXPLORE", {
    reflection: REFLECTION,
    classDate: daysBefore(4),
  });
  ids.AMPLIFY = await submitValid(educator.cookie, "AMPLIFY", {
    peersTrained: 3,
    studentsTrained: 12,
    sessionDate: daysBefore(3),
  });
  imageKey = await uploadKey(educator.cookie, FILES.png(), "post.png");
  const present = await submit(educator.cookie, {
    activity: "PRESENT",
    payload: {
      linkedinUrl: "https://id.linkedin.com/posts/budi-ai",
      caption: "Kelas kami mencoba AI hari ini",
    },
    attachments: [imageKey],
  });
  ids.PRESENT = present.body.id;
  ids.SHINE = await submitValid(educator.cookie, "SHINE", {
    ideaTitle: "AI reading buddy",
    ideaSummary: "A reading buddy that asks each pupil one question about every page they read.",
  });
  const approved = await reviewWithVersion(reviewer.cookie, ids.EXPLORE!, { action: "approve" });
  expect(approved.status).toBe(200);
});

const expected = () => ({
  LEARN: { title: "Elevate AI 1", workDate: daysBefore(5), points: { kind: "quote", value: 20 } },
  EXPLORE: {
    title: "Today my class of forty asked an AI…",
    workDate: daysBefore(4),
    points: { kind: "earned", value: 50 },
  },
  AMPLIFY: {
    title: "3 peers, 12 students",
    workDate: daysBefore(3),
    points: { kind: "quote", value: 3 * 2 + 12 },
  },
  PRESENT: {
    title: "Kelas kami mencoba AI hari ini",
    workDate: null,
    points: { kind: "quote", value: 20 },
  },
  SHINE: { title: "AI reading buddy", workDate: null, points: { kind: "quote", value: 0 } },
});

function expectSummaries(items: Listed[]) {
  for (const [activity, want] of Object.entries(expected())) {
    const item = items.find((listed) => listed.id === ids[activity]);
    expect(item?.summary, activity).toMatchObject(want);
  }
  const thumbnails = Object.fromEntries(
    Object.entries(ids).map(([activity, id]) => [
      activity,
      items.find((item) => item.id === id)?.summary.thumbnailKey,
    ]),
  );
  // Only PRESENT has an image; the others carry PDFs, which get no thumbnail.
  expect(thumbnails).toEqual({
    LEARN: null,
    EXPLORE: null,
    AMPLIFY: null,
    PRESENT: imageKey,
    SHINE: null,
  });
}

describe("submission summaries", () => {
  test("the educator's own list names each submission, its date, its points and its image", async () => {
    const response = await call(ownRoute, "GET", "/api/submissions", { cookie: educator.cookie });
    expect(response.status).toBe(200);
    expectSummaries(response.body.items);
  });

  test("the review queue shows the same summary for each row", async () => {
    const response = await call(queueRoute, "GET", "/api/admin/submissions?limit=50", {
      cookie: reviewer.cookie,
    });
    expect(response.status).toBe(200);
    expectSummaries(response.body.items);
  });

  test("a rejected submission shows no points", async () => {
    const rejected = await reviewWithVersion(reviewer.cookie, ids.SHINE!, {
      action: "reject",
      note: "Please describe the idea in more detail.",
    });
    expect(rejected.status).toBe(200);
    const response = await call(ownRoute, "GET", "/api/submissions", { cookie: educator.cookie });
    const shine = response.body.items.find((item: Listed) => item.id === ids.SHINE);
    expect(shine.summary).toMatchObject({ title: "AI reading buddy", points: null });
  });
});

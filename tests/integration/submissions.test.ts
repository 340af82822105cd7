/** Submitting evidence (docs/product.md §3, §4): every validation boundary, the limits, the owner's edits. */
import { beforeAll, describe, expect, test } from "vitest";
import {
  DELETE as deleteRoute,
  GET as getRoute,
  PATCH as patchRoute,
} from "../../src/app/api/submissions/[id]/route";
import { GET as listRoute } from "../../src/app/api/submissions/route";
import { latestToday } from "../../src/server/activities/dates";
import { queryRows } from "../../src/server/db/query-rows";
import { signUp } from "../helpers/accounts";
import { daysAgo } from "../../src/server/activities/dates";
import {
  daysBefore,
  submit,
  submitValid,
  uploadKey,
  VALID_PAYLOADS,
  FILES,
} from "../helpers/evidence";
import { call } from "../helpers/http";
import { reviewWithVersion } from "../helpers/review";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

const submissionCount = async () =>
  (await queryRows<{ n: number }>(database(), "SELECT count(*)::int AS n FROM submissions"))[0]!.n;
const tomorrow = () =>
  new Date(Date.parse(`${latestToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

let cookie: string;
let admin: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  admin = await signUp("Bootstrap Admin");
  cookie = (await signUp("Eva Educator")).cookie;
});

/** Submits and expects a 4xx naming `path`, with nothing written. */
async function expectRefused(body: Parameters<typeof submit>[1], status: number, path?: string) {
  const before = await submissionCount();
  const response = await submit(cookie, body);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  if (path)
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  expect(await submissionCount()).toBe(before);
  return response;
}

describe("validation boundaries (4xx, nothing written)", () => {
  test("EXPLORE reflection: 149 characters refused, 150 accepted", async () => {
    const attachments = [await uploadKey(cookie)];
    await expectRefused(
      {
        activity: "EXPLORE",
        payload: { ...VALID_PAYLOADS.EXPLORE(), reflection: "r".repeat(149) },
        attachments,
      },
      400,
      "payload.reflection",
    );
    const ok = await submit(cookie, {
      activity: "EXPLORE",
      payload: { ...VALID_PAYLOADS.EXPLORE(), reflection: "r".repeat(150) },
      attachments,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      activity: "EXPLORE",
      status: "PENDING",
      visibility: "PRIVATE",
    });
  });

  test("AMPLIFY peers: 51 refused, 50 accepted; students 201 refused; both 0 refused", async () => {
    const key = () => uploadKey(cookie);
    await expectRefused(
      { activity: "AMPLIFY", payload: VALID_PAYLOADS.AMPLIFY(51, 0), attachments: [await key()] },
      400,
      "payload.peersTrained",
    );
    await expectRefused(
      { activity: "AMPLIFY", payload: VALID_PAYLOADS.AMPLIFY(0, 201), attachments: [await key()] },
      400,
      "payload.studentsTrained",
    );
    await expectRefused(
      { activity: "AMPLIFY", payload: VALID_PAYLOADS.AMPLIFY(0, 0), attachments: [await key()] },
      400,
      "payload.peersTrained",
    );
    await expectRefused(
      { activity: "AMPLIFY", payload: VALID_PAYLOADS.AMPLIFY(2.5, 0), attachments: [await key()] },
      400,
      "payload.peersTrained",
    );
    const ok = await submit(cookie, {
      activity: "AMPLIFY",
      payload: VALID_PAYLOADS.AMPLIFY(50, 0, daysBefore(60)),
      attachments: [await key()],
    });
    expect(ok.status).toBe(201);
  });

  test("AMPLIFY session date: 91 days ago refused, 89 accepted", async () => {
    // 91 days before the earliest "today" on Earth (UTC−12): in UTC it is only 90 days
    // ago during the first half of the UTC day, which the window still accepts.
    await expectRefused(
      {
        activity: "AMPLIFY",
        payload: VALID_PAYLOADS.AMPLIFY(1, 1, daysAgo(91)),
        attachments: [await uploadKey(cookie)],
      },
      400,
      "payload.sessionDate",
    );
    const ok = await submit(cookie, {
      activity: "AMPLIFY",
      payload: VALID_PAYLOADS.AMPLIFY(1, 1, daysBefore(89)),
      attachments: [await uploadKey(cookie)],
    });
    expect(ok.status).toBe(201);
  });

  test("future dates are refused everywhere", async () => {
    await expectRefused(
      {
        activity: "EXPLORE",
        payload: { ...VALID_PAYLOADS.EXPLORE(), classDate: tomorrow() },
        attachments: [await uploadKey(cookie)],
      },
      400,
      "payload.classDate",
    );
    await expectRefused(
      {
        activity: "LEARN",
        payload: { ...VALID_PAYLOADS.LEARN(), completedAt: tomorrow() },
        attachments: [await uploadKey(cookie)],
      },
      400,
      "payload.completedAt",
    );
    await expectRefused(
      {
        activity: "EXPLORE",
        payload: { ...VALID_PAYLOADS.EXPLORE(), classDate: "2026-02-30" },
        attachments: [await uploadKey(cookie)],
      },
      400,
      "payload.classDate",
    );
  });

  test.each([
    ["http://www.linkedin.com/posts/x"],
    ["https://linkedin.com.evil.example/posts/x"],
    ["https://example.com/linkedin.com"],
    ["not a url"],
  ])("PRESENT with %s refused", async (linkedinUrl) => {
    await expectRefused(
      { activity: "PRESENT", payload: { ...VALID_PAYLOADS.PRESENT(), linkedinUrl } },
      400,
      "payload.linkedinUrl",
    );
  });

  test("PRESENT on linkedin.com and www.linkedin.com accepted; caption 9 characters refused", async () => {
    expect(
      (
        await submit(cookie, {
          activity: "PRESENT",
          payload: {
            ...VALID_PAYLOADS.PRESENT(),
            linkedinUrl: "https://linkedin.com/feed/update/1",
          },
        })
      ).status,
    ).toBe(201);
    await expectRefused(
      { activity: "PRESENT", payload: { ...VALID_PAYLOADS.PRESENT(), caption: "123456789" } },
      400,
      "payload.caption",
    );
  });

  test("SHINE: title 3 characters and summary 49 refused", async () => {
    await expectRefused(
      { activity: "SHINE", payload: { ...VALID_PAYLOADS.SHINE(), ideaTitle: "abc" } },
      400,
      "payload.ideaTitle",
    );
    await expectRefused(
      { activity: "SHINE", payload: { ...VALID_PAYLOADS.SHINE(), ideaSummary: "s".repeat(49) } },
      400,
      "payload.ideaSummary",
    );
  });

  test("unknown activity, unknown payload field, wrong types → 400", async () => {
    await expectRefused({ activity: "DANCE", payload: {} }, 400, "activity");
    await expectRefused(
      { activity: "SHINE", payload: { ...VALID_PAYLOADS.SHINE(), extra: 1 } },
      400,
    );
    await expectRefused({ activity: "SHINE", payload: "a string" }, 400);
    await expectRefused(
      { activity: "SHINE", payload: VALID_PAYLOADS.SHINE(), visibility: "SECRET" },
      400,
      "visibility",
    );
  });

  test("attachment counts per activity: EXPLORE needs 1–5, LEARN exactly 1, PRESENT at most 1 image", async () => {
    await expectRefused(
      { activity: "EXPLORE", payload: VALID_PAYLOADS.EXPLORE(), attachments: [] },
      400,
      "attachments",
    );
    const six = await Promise.all(Array.from({ length: 6 }, () => uploadKey(cookie)));
    await expectRefused(
      { activity: "EXPLORE", payload: VALID_PAYLOADS.EXPLORE(), attachments: six },
      400,
      "attachments",
    );
    await expectRefused(
      { activity: "LEARN", payload: VALID_PAYLOADS.LEARN(), attachments: six.slice(0, 2) },
      400,
      "attachments",
    );
    await expectRefused(
      { activity: "PRESENT", payload: VALID_PAYLOADS.PRESENT(), attachments: [six[0]!] },
      400,
      "attachments",
    );
    const image = await uploadKey(cookie, FILES.png(), "post.png");
    expect(
      (
        await submit(cookie, {
          activity: "PRESENT",
          payload: VALID_PAYLOADS.PRESENT(),
          attachments: [image],
        })
      ).status,
    ).toBe(201);
  });

  test("another user's upload is refused; a file cannot be attached twice", async () => {
    const other = await signUp("Otto Other");
    const theirs = await uploadKey(other.cookie);
    await expectRefused(
      { activity: "EXPLORE", payload: VALID_PAYLOADS.EXPLORE(), attachments: [theirs] },
      422,
      "attachments",
    );
    const mine = await uploadKey(cookie);
    expect(
      (
        await submit(cookie, {
          activity: "EXPLORE",
          payload: VALID_PAYLOADS.EXPLORE(),
          attachments: [mine],
        })
      ).status,
    ).toBe(201);
    await expectRefused(
      { activity: "EXPLORE", payload: VALID_PAYLOADS.EXPLORE(), attachments: [mine] },
      400,
      "attachments",
    );
  });
});

describe("limits", () => {
  test("AMPLIFY window at submit: PENDING submissions within 6 days count; what remains is said", async () => {
    const { cookie: own } = await signUp("Amy Amplifier");
    expect(
      (
        await submit(own, {
          activity: "AMPLIFY",
          payload: VALID_PAYLOADS.AMPLIFY(30, 150, daysBefore(10)),
          attachments: [await uploadKey(own)],
        })
      ).status,
    ).toBe(201);
    const over = await submit(own, {
      activity: "AMPLIFY",
      payload: VALID_PAYLOADS.AMPLIFY(21, 10, daysBefore(5)),
      attachments: [await uploadKey(own)],
    });
    expect(over.status).toBe(422);
    expect(over.body.error.message).toContain("20 peers and 50 students remain");
    // 7 days away is outside the window (d−6 … d+6)
    expect(
      (
        await submit(own, {
          activity: "AMPLIFY",
          payload: VALID_PAYLOADS.AMPLIFY(50, 200, daysBefore(3)),
          attachments: [await uploadKey(own)],
        })
      ).status,
    ).toBe(201);
  });

  test("LEARN: one PENDING or APPROVED at a time", async () => {
    const { cookie: own } = await signUp("Leo Learner");
    await submitValid(own, "LEARN");
    const second = await submit(own, {
      activity: "LEARN",
      payload: VALID_PAYLOADS.LEARN(),
      attachments: [await uploadKey(own)],
    });
    expect(second.status).toBe(409);
  });

  test("at most 10 new submissions per hour, withdrawn ones included", async () => {
    const { cookie: own } = await signUp("Busy Bee");
    for (let i = 0; i < 10; i++) {
      const id = await submitValid(own, "SHINE");
      if (i % 2 === 0)
        expect(
          (
            await call(deleteRoute, "DELETE", `/api/submissions/${id}`, {
              cookie: own,
              params: { id },
            })
          ).status,
        ).toBe(204);
    }
    const eleventh = await submit(own, { activity: "SHINE", payload: VALID_PAYLOADS.SHINE() });
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get("retry-after")).toBe("3600");
  });
});

describe("the owner's submissions", () => {
  test("list own, read one; another educator cannot read a PRIVATE one", async () => {
    const { cookie: own } = await signUp("Owner Olga");
    const id = await submitValid(own, "EXPLORE");
    const list = await call(listRoute, "GET", "/api/submissions", { cookie: own });
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({
      id,
      attachments: [expect.objectContaining({ type: "application/pdf" })],
    });
    expect(
      (await call(getRoute, "GET", `/api/submissions/${id}`, { cookie: own, params: { id } }))
        .status,
    ).toBe(200);
    const other = await signUp("Nosy Nate");
    expect(
      (
        await call(getRoute, "GET", `/api/submissions/${id}`, {
          cookie: other.cookie,
          params: { id },
        })
      ).status,
    ).toBe(404);
    expect((await call(getRoute, "GET", `/api/submissions/${id}`, { params: { id } })).status).toBe(
      404,
    );
  });

  test("edit while PENDING (validated), switch visibility, withdraw; others get 404", async () => {
    const { cookie: own } = await signUp("Editor Ed");
    const id = await submitValid(own, "SHINE");
    const patch = (body: unknown, who = own) =>
      call(patchRoute, "PATCH", `/api/submissions/${id}`, { cookie: who, params: { id }, body });
    expect(
      (await patch({ payload: { ...VALID_PAYLOADS.SHINE(), ideaTitle: "Better idea" } })).body
        .payload.ideaTitle,
    ).toBe("Better idea");
    expect((await patch({ payload: { ...VALID_PAYLOADS.SHINE(), ideaTitle: "no" } })).status).toBe(
      400,
    );
    expect((await patch({ visibility: "PUBLIC" })).body.visibility).toBe("PUBLIC");
    const stranger = await signUp("Stranger Sam");
    expect((await patch({ visibility: "PRIVATE" }, stranger.cookie)).status).toBe(404);
    expect(
      (
        await call(deleteRoute, "DELETE", `/api/submissions/${id}`, {
          cookie: stranger.cookie,
          params: { id },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(deleteRoute, "DELETE", `/api/submissions/${id}`, { cookie: own, params: { id } }))
        .status,
    ).toBe(204);
    expect(
      (await call(getRoute, "GET", `/api/submissions/${id}`, { cookie: own, params: { id } }))
        .status,
    ).toBe(404);
  });

  test("signed out → 401", async () => {
    expect((await submit("", { activity: "SHINE", payload: VALID_PAYLOADS.SHINE() })).status).toBe(
      401,
    );
    expect((await call(listRoute, "GET", "/api/submissions")).status).toBe(401);
  });

  test("a NUL character anywhere is a 400, not a database error", async () => {
    const response = await submit(cookie, {
      activity: "SHINE",
      payload: { ...VALID_PAYLOADS.SHINE(), ideaTitle: "bad\u0000title" },
    });
    expect(response.status).toBe(400);
  });
});

describe("who sees the review", () => {
  test("visitors and other educators read a public approval without its note or reviewer; the owner and reviewers see both", async () => {
    const owner = await signUp("Paula Public");
    const stranger = await signUp("Sam Stranger");
    const id = await submitValid(owner.cookie, "SHINE", undefined, "PUBLIC");
    const approved = await reviewWithVersion(admin.cookie, id, {
      action: "approve",
      note: "Private word for Paula: polish the summary.",
    });
    expect(approved.status).toBe(200);
    const read = (who?: string) =>
      call(getRoute, "GET", `/api/submissions/${id}`, { cookie: who, params: { id } });
    for (const reader of [undefined, stranger.cookie]) {
      const seen = await read(reader);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ id, status: "APPROVED", payload: expect.any(Object) });
      expect(seen.body).not.toHaveProperty("reviewNote");
      expect(seen.body).not.toHaveProperty("reviewerId");
      expect(JSON.stringify(seen.body)).not.toContain("Private word");
      expect(JSON.stringify(seen.body)).not.toContain(admin.user.id);
      expect(JSON.stringify(seen.body)).not.toContain("@");
    }
    for (const reader of [owner.cookie, admin.cookie]) {
      expect((await read(reader)).body).toMatchObject({
        reviewNote: "Private word for Paula: polish the summary.",
        reviewerId: admin.user.id,
      });
    }
  });
});

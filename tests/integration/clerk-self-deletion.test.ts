/**
 * Clerk mode (docs/product.md §8): deleting one's account mails a single-use link instead of
 * asking for a password the app does not hold; following it anonymises the account, and
 * the person's still-valid Clerk session signs in no one afterwards.
 */
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { POST as confirmRoute } from "../../src/app/api/me/deletion/confirm/route";
import { DELETE as deleteMe } from "../../src/app/api/me/route";
import { privileged } from "../../src/server/db/privileged";
import { mail_outbox, points_ledger } from "../../src/server/db/schema";
import { clerkUserId } from "../helpers/clerk-peer";
import { addPoints } from "../helpers/factories";
import { call } from "../helpers/http";
import { auditRows, bearer, getMe, setupClerkMode, SYSTEM, userRow } from "../helpers/clerk-mode";

const { peer } = setupClerkMode({ staffFirst: true });

describe("DELETE /api/me in Clerk mode", () => {
  test("202 mails a link (no password asked); the link deletes; the session then signs in no one", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, {
      claims: { email: "leila@school.test", name: "Leila Clerk" },
      expiresIn: 600,
    });
    expect((await getMe(bearer(token))).status).toBe(200);
    await addPoints(id, 25);

    const response = await call(deleteMe, "DELETE", "/api/me", { headers: bearer(token) });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ status: "mailed" });
    expect((await userRow(id))!.name).toBe("Leila Clerk"); // nothing deleted yet

    const [mail] = await privileged(SYSTEM, (tx) =>
      tx.select().from(mail_outbox).where(eq(mail_outbox.user_id, id)),
    );
    expect(mail!.to_address).toBe("leila@school.test");
    const link = /delete-account\?token=([A-Za-z0-9_-]+)/.exec(mail!.text_body)![1]!;
    const confirmed = await call(confirmRoute, "POST", "/api/me/deletion/confirm", {
      body: { token: link },
    });
    expect(confirmed.status).toBe(204);

    expect((await userRow(id))!.name).toBe("Deleted user");
    expect((await auditRows(id)).map((row) => row.action)).toContain("user.deleted");
    expect((await getMe(bearer(token))).status).toBe(401);
    const ledger = await privileged(SYSTEM, (tx) =>
      tx.select().from(points_ledger).where(eq(points_ledger.user_id, id)),
    );
    expect(ledger.map((row) => row.delta_points)).toEqual([25]);
  });
});

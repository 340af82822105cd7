import { vi } from "vitest";

/**
 * Server actions read the signed-in user through the guards, from the request's cookie.
 * Integration tests call actions without a request, so they mock the guards with
 * `signedInGuards()` and say who is signed in by setting `actionSession.userId`:
 *
 *   vi.mock("../../src/server/auth/guards", async () =>
 *     (await import("../helpers/action-session")).signedInGuards());
 */
export const actionSession = { userId: "" };

export async function signedInGuards() {
  const { eq } = await import("drizzle-orm");
  const { privileged } = await import("../../src/server/db/privileged");
  const { users } = await import("../../src/server/db/schema");
  const actual = await vi.importActual<typeof import("../../src/server/auth/guards")>(
    "../../src/server/auth/guards",
  );
  return {
    ...actual,
    // Route handlers (given a request) sign in by cookie as usual.
    requireRole: async (...args: Parameters<typeof actual.requireRole>) => {
      if (args[1]) return actual.requireRole(...args);
      const [row] = await privileged({ system: "test" }, (tx) =>
        tx.select().from(users).where(eq(users.id, actionSession.userId)),
      );
      return row;
    },
  };
}

import { redirect } from "next/navigation";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import type { Role } from "../../src/server/db/schema";
import { AppError } from "../../src/server/errors";
import { formAction } from "../../src/server/forms/form-action";
import type { FormState } from "../../src/server/forms/form-state";
import { invalidFields } from "../../src/server/forms/invalid-fields";
import { hasRole } from "../../src/server/users/roles";
import type { UserRow } from "../../src/server/users/user-dto";

// The signed-in user of the "request": the guards read it instead of a session cookie.
const session = vi.hoisted(() => ({ user: null as { id: string; role: Role } | null }));

vi.mock("../../src/server/auth/guards", () => ({
  requireRole: async (minimum: Role) => {
    if (!session.user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
    if (!hasRole(session.user.role, minimum)) {
      throw new AppError("FORBIDDEN", `This needs the ${minimum.toLowerCase()} role or higher.`);
    }
    return session.user as UserRow;
  },
}));

const idle: FormState = { status: "idle" };

function form(fields: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return formData;
}

const renameSchema = z.object({
  name: z.string().trim().min(1, "Enter a name."),
  handle: z.string().regex(/^[a-z]+$/, "Lowercase letters only."),
});

/** Renames something for an admin; the domain call is a spy. */
function renameAction(domainCall: (input: z.infer<typeof renameSchema>) => Promise<string>) {
  return formAction({
    role: "ADMIN",
    values: (formData) => ({
      name: String(formData.get("name") ?? ""),
      handle: String(formData.get("handle") ?? ""),
    }),
    schema: renameSchema,
    run: async (input, { user }, [id]: [string]): Promise<FormState> => {
      const result = await domainCall(input);
      return { status: "success", message: `${user.id} renamed ${id} to ${result}.` };
    },
  });
}

beforeEach(() => {
  session.user = { id: "admin-1", role: "ADMIN" };
});

describe("formAction", () => {
  test("success: the parsed input reaches the domain call with the bound id and the user", async () => {
    const domainCall = vi.fn(async (input: { name: string }) => input.name);
    const action = renameAction(domainCall);
    const state = await action("item-7", idle, form({ name: "  Ada ", handle: "ada" }));
    expect(domainCall).toHaveBeenCalledWith({ name: "Ada", handle: "ada" });
    expect(state).toEqual({ status: "success", message: "admin-1 renamed item-7 to Ada." });
  });

  test("zod issues become field errors; what was typed comes back; the domain is not called", async () => {
    const domainCall = vi.fn(async () => "never");
    const state = await renameAction(domainCall)("item-7", idle, form({ name: " ", handle: "A1" }));
    expect(domainCall).not.toHaveBeenCalled();
    expect(state).toEqual({
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: { name: "Enter a name.", handle: "Lowercase letters only." },
      values: { name: " ", handle: "A1" },
    });
  });

  test("an AppError from the domain becomes the banner, its details field errors", async () => {
    const action = renameAction(async () => {
      throw new AppError("CONFLICT", "That handle is taken.", {
        details: [{ path: "handle", message: "Already in use." }],
      });
    });
    const state = await action("item-7", idle, form({ name: "Ada", handle: "ada" }));
    expect(state).toEqual({
      status: "error",
      message: "That handle is taken.",
      fieldErrors: { handle: "Already in use." },
      values: { name: "Ada", handle: "ada" },
    });
  });

  test("a role too low is refused before parsing or calling the domain", async () => {
    session.user = { id: "reviewer-1", role: "REVIEWER" };
    const domainCall = vi.fn(async () => "never");
    const state = await renameAction(domainCall)("item-7", idle, form({ name: "", handle: "" }));
    expect(domainCall).not.toHaveBeenCalled();
    expect(state.status).toBe("error");
    expect(state.message).toBe("This needs the admin role or higher.");
    expect(state.fieldErrors).toBeUndefined();
  });

  test("signed out is refused with the sign-in message", async () => {
    session.user = null;
    const state = await renameAction(async () => "never")("item-7", idle, form({}));
    expect(state).toMatchObject({ status: "error", message: "Sign in to continue." });
  });

  test("role null needs no user; run gets null", async () => {
    session.user = null;
    const action = formAction({
      role: null,
      run: async (_input, { user }): Promise<FormState> => ({
        status: "success",
        message: user === null ? "anonymous" : "signed in",
      }),
    });
    expect(await action(idle, form({}))).toEqual({ status: "success", message: "anonymous" });
  });

  test("input may refuse with invalidFields before the role check", async () => {
    session.user = null;
    const action = formAction({
      role: "ADMIN",
      values: (formData) => ({ points: String(formData.get("points") ?? "") }),
      input: (values) => {
        if (!/^-?\d+$/.test(values.points)) throw invalidFields({ points: "Enter a number." });
        return Number(values.points);
      },
      schema: z.number(),
      run: async (): Promise<FormState> => ({ status: "success" }),
    });
    expect(await action(idle, form({ points: "ten" }))).toEqual({
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: { points: "Enter a number." },
      values: { points: "ten" },
    });
  });

  test("fieldOf maps error paths to form fields; bannerField moves a field error to the banner", async () => {
    const action = formAction({
      role: "PARTICIPANT",
      input: (_values, formData) => ({
        ids: formData.getAll("ids"),
        payload: { note: String(formData.get("note") ?? "") },
      }),
      schema: z.object({
        ids: z.array(z.string()).min(1, "Tick at least one."),
        payload: z.object({ note: z.string().min(1, "Write a note.") }),
      }),
      fieldOf: (path) => path.split(".").at(-1) ?? path,
      bannerField: "ids",
      run: async (): Promise<FormState> => ({ status: "success" }),
    });
    expect(await action(idle, form({ note: "" }))).toEqual({
      status: "error",
      message: "Tick at least one.",
      fieldErrors: { ids: "Tick at least one.", note: "Write a note." },
      values: undefined,
    });
  });

  test("an unexpected error shows a generic message, never its own text", async () => {
    const state = await renameAction(async () => {
      throw new Error("connection to 10.0.0.5 refused");
    })("item-7", idle, form({ name: "Ada", handle: "ada" }));
    expect(state.status).toBe("error");
    expect(state.message).toBe("Something went wrong on our side. Please try again.");
  });

  test("redirect() in run is passed through, not turned into an error state", async () => {
    const action = formAction({
      role: "PARTICIPANT",
      run: async (): Promise<FormState> => redirect("/dashboard?notice=saved"),
    });
    await expect(action(idle, form({}))).rejects.toMatchObject({
      digest: expect.stringContaining("/dashboard?notice=saved"),
    });
  });

  describe("onlyChanged", () => {
    const partialRename = renameSchema.partial().strict();
    const action = (seen: { input?: unknown; original?: unknown }) =>
      formAction({
        role: "ADMIN",
        values: (formData) => ({
          name: String(formData.get("name") ?? ""),
          handle: String(formData.get("handle") ?? ""),
        }),
        schema: partialRename,
        onlyChanged: true,
        run: async (input, { original }): Promise<FormState> => {
          Object.assign(seen, { input, original });
          return { status: "success" };
        },
      });

    test("fields left as rendered do not reach the schema; changed ones bring what was rendered", async () => {
      const seen: { input?: unknown; original?: unknown } = {};
      await action(seen)(
        idle,
        form({
          name: " Ada ",
          handle: "ada",
          "original.name": "Grace",
          "original.handle": "ada",
        }),
      );
      expect(seen).toEqual({ input: { name: "Ada" }, original: { name: "Grace" } });
    });

    test("a form without rendered values sends every field", async () => {
      const seen: { input?: unknown; original?: unknown } = {};
      await action(seen)(idle, form({ name: "Ada", handle: "ada" }));
      expect(seen).toEqual({ input: { name: "Ada", handle: "ada" }, original: undefined });
    });
  });
});

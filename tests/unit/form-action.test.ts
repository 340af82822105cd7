import { redirect } from "next/navigation";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import type { Role } from "../../src/server/db/schema";
import { AppError } from "../../src/server/errors";
import { formAction } from "../../src/server/forms/form-action";
import type { FormState } from "../../src/server/forms/form-state";
import { invalidFields } from "../../src/server/forms/invalid-fields";
import { errorKey, fieldProblem } from "../../src/server/messages/error-text";
import { hasRole } from "../../src/server/users/roles";
import type { UserRow } from "../../src/server/users/user-dto";

// The signed-in user of the "request": the guards read it instead of a session cookie.
const session = vi.hoisted(() => ({ user: null as { id: string; role: Role } | null }));
// The page's language; null: no request at all (the action falls back to DEFAULT_LOCALE).
const page = vi.hoisted(() => ({ locale: null as "en" | "id" | null }));

vi.mock("../../src/server/auth/guards", () => ({
  requireRole: async (minimum: Role) => {
    if (!session.user) throw new AppError("UNAUTHENTICATED", "errors.auth.signIn");
    if (!hasRole(session.user.role, minimum)) {
      throw new AppError("FORBIDDEN", "errors.auth.roleRequired", { values: { role: minimum } });
    }
    return session.user as UserRow;
  },
}));

vi.mock("../../src/i18n/request-locale", () => ({
  requestLocale: async () => {
    if (!page.locale) throw new Error("`cookies` was called outside a request scope");
    return page.locale;
  },
}));

const idle: FormState = { status: "idle" };

function form(fields: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return formData;
}

const renameSchema = z.object({
  name: z.string().trim().min(1, errorKey("errors.validation.enterName")),
  handle: z.string().regex(/^[a-z]+$/, errorKey("errors.validation.handle")),
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
  page.locale = null;
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
      fieldErrors: {
        name: "Enter your name.",
        handle: "Use 3–30 lower-case letters, digits, - or _.",
      },
      values: { name: " ", handle: "A1" },
    });
  });

  test("an AppError from the domain becomes the banner, its details field errors", async () => {
    const action = renameAction(async () => {
      throw new AppError("CONFLICT", "errors.users.handleTaken", {
        details: [fieldProblem("handle", "errors.users.handleTakenField")],
      });
    });
    const state = await action("item-7", idle, form({ name: "Ada", handle: "ada" }));
    expect(state).toEqual({
      status: "error",
      message: "That handle is taken. Choose another one.",
      fieldErrors: { handle: "That handle is taken." },
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
        if (!/^-?\d+$/.test(values.points))
          throw invalidFields({ points: "errors.validation.wholeNumber" });
        return Number(values.points);
      },
      schema: z.number(),
      run: async (): Promise<FormState> => ({ status: "success" }),
    });
    expect(await action(idle, form({ points: "ten" }))).toEqual({
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: { points: "Enter a whole number." },
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
        ids: z.array(z.string()).min(1, errorKey("errors.validation.selectSubmission")),
        payload: z.object({ note: z.string().min(1, errorKey("errors.validation.writeNote")) }),
      }),
      fieldOf: (path) => path.split(".").at(-1) ?? path,
      bannerField: "ids",
      run: async (): Promise<FormState> => ({ status: "success" }),
    });
    expect(await action(idle, form({ note: "" }))).toEqual({
      status: "error",
      message: "Select at least one submission.",
      fieldErrors: { ids: "Select at least one submission.", note: "Write a note." },
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

describe("formAction in the page's language", () => {
  test("Bahasa Indonesia: zod issues, the banner and the schema's own messages", async () => {
    page.locale = "id";
    const state = await renameAction(async () => "never")(
      "item-7",
      idle,
      form({ name: " ", handle: "A1" }),
    );
    expect(state).toEqual({
      status: "error",
      message: "Beberapa isian perlu diperbaiki.",
      fieldErrors: {
        name: "Masukkan nama Anda.",
        handle: "Gunakan 3–30 huruf kecil, angka, - atau _.",
      },
      values: { name: " ", handle: "A1" },
    });
  });

  test("Bahasa Indonesia: an AppError's message, values and details", async () => {
    page.locale = "id";
    session.user = { id: "reviewer-1", role: "REVIEWER" };
    const refused = await renameAction(async () => "never")("item-7", idle, form({}));
    expect(refused.message).toBe("Ini memerlukan peran admin atau yang lebih tinggi.");
    session.user = { id: "admin-1", role: "ADMIN" };
    const taken = await renameAction(async () => {
      throw new AppError("CONFLICT", "errors.users.handleTaken", {
        details: [fieldProblem("handle", "errors.users.handleTakenField")],
      });
    })("item-7", idle, form({ name: "Ada", handle: "ada" }));
    expect(taken).toMatchObject({
      message: "Nama pengguna itu sudah dipakai. Pilih yang lain.",
      fieldErrors: { handle: "Nama pengguna itu sudah dipakai." },
    });
    expect(JSON.stringify(taken)).not.toContain("taken");
  });

  test("Bahasa Indonesia: the generic message of an unexpected error", async () => {
    page.locale = "id";
    const state = await renameAction(async () => {
      throw new Error("boom");
    })("item-7", idle, form({ name: "Ada", handle: "ada" }));
    expect(state.message).toBe("Terjadi kesalahan di sistem kami. Silakan coba lagi.");
  });

  test("English when the page is English", async () => {
    page.locale = "en";
    const state = await renameAction(async () => "never")(
      "item-7",
      idle,
      form({ name: " ", handle: "a" }),
    );
    expect(state).toMatchObject({
      message: "Some fields need attention.",
      fieldErrors: { name: "Enter your name." },
    });
  });
});

/** AppError and zod issues worded in each language (src/server/messages). */
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError } from "../../src/server/errors";
import { validationDetails } from "../../src/server/http/error-response";
import { errorKey, errorText, fieldProblem } from "../../src/server/messages/error-text";
import { localizedIssues } from "../../src/server/messages/localized-issues";

describe("AppError", () => {
  test("message is English for logs; messageIn words it in either language; the code stays", () => {
    const error = new AppError("NOT_FOUND", "errors.submissions.notFound");
    expect(error.message).toBe("No such submission.");
    expect(error.messageIn("en")).toBe("No such submission.");
    expect(error.messageIn("id")).toBe("Kiriman tidak ditemukan.");
    expect([error.code, error.status]).toEqual(["NOT_FOUND", 404]);
  });

  test("ICU values: plurals in English, numbers formatted for the locale", () => {
    const one = new AppError("RATE_LIMITED", "errors.auth.tooManySignIns", {
      values: { minutes: 1 },
      retryAfter: 60,
    });
    expect(one.message).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(one.messageIn("id")).toBe(
      "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 1 menit.",
    );
    const many = new AppError("RATE_LIMITED", "errors.auth.tooManySignIns", {
      values: { minutes: 1500 },
    });
    expect(many.message).toBe("Too many failed sign-in attempts. Try again in 1,500 minutes.");
    expect(many.messageIn("id")).toContain("dalam 1.500 menit");
  });

  test("a code passed as a value picks the words of each language (select)", () => {
    const error = new AppError("CONFLICT", "errors.review.alreadyReviewed", {
      values: { status: "REJECTED" },
    });
    expect(error.message).toBe("This submission was already rejected.");
    expect(error.messageIn("id")).toBe("Kiriman ini sudah ditolak.");
  });

  test("details: field problems are worded per language, other data passes unchanged", () => {
    const error = new AppError("VALIDATION_FAILED", "errors.validation.needsAttention", {
      details: [
        fieldProblem("handle", "errors.users.handleTakenField"),
        fieldProblem("points", "errors.review.overrideRangeField", { low: 40, high: 60 }),
      ],
    });
    expect(error.details).toEqual([
      { path: "handle", message: "That handle is taken." },
      { path: "points", message: "Between 40 and 60." },
    ]);
    expect(error.detailsIn("id")).toEqual([
      { path: "handle", message: "Nama pengguna itu sudah dipakai." },
      { path: "points", message: "Antara 40 dan 60." },
    ]);
    const reason = new AppError("UNPROCESSABLE", "errors.auth.token.expired", {
      details: { reason: "expired" },
    });
    expect(reason.detailsIn("id")).toEqual({ reason: "expired" });
    expect(new AppError("NOT_FOUND", "errors.users.notFound").details).toBeUndefined();
  });

  test("a reason inside a sentence is worded in the same language", () => {
    const error = new AppError("FORBIDDEN", "errors.users.rolesRefused", {
      values: { refused: 1, total: 2 },
      details: [
        fieldProblem("userIds", "errors.users.roleRefusedFor", {
          name: "Sári",
          handle: "sari",
          reason: errorText("errors.users.ownRole"),
        }),
      ],
    });
    expect(error.detailsIn("id")).toEqual([
      { path: "userIds", message: "Sári (@sari): Anda tidak dapat mengubah peran Anda sendiri." },
    ]);
    expect(error.details).toEqual([
      { path: "userIds", message: "Sári (@sari): You can't change your own role." },
    ]);
  });
});

describe("zod issues", () => {
  const issuesOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    if (result.success) throw new Error("expected a refusal");
    return result.error;
  };

  test("a schema's own key, with the issue's bounds as its arguments", () => {
    const error = issuesOf(
      z.object({ peers: z.number().max(50, errorKey("errors.validation.peersPerSession")) }),
      { peers: 51 },
    );
    expect(validationDetails(error, "en")).toEqual([
      { path: "peers", message: "At most 50 peers per session." },
    ]);
    expect(validationDetails(error, "id")).toEqual([
      { path: "peers", message: "Paling banyak 50 rekan guru per sesi." },
    ]);
  });

  test("a refinement's params are its message's arguments", () => {
    const schema = z.string().refine(() => false, {
      message: errorKey("errors.validation.sessionTooOld"),
      params: { days: 90 },
    });
    expect(validationDetails(issuesOf(schema, "x"), "id")[0]?.message).toBe(
      "Sesi harus dalam 90 hari terakhir.",
    );
  });

  test("without a key of ours, each issue code has a generic message in both languages", () => {
    const schema = z
      .object({
        name: z.string(),
        bio: z.string().max(2000),
        reflection: z.string().min(150),
        points: z.number().min(0),
        tags: z.array(z.string()).min(1),
        email: z.email(),
        role: z.enum(["ADMIN", "REVIEWER"]),
        count: z.number(),
      })
      .strict();
    const error = issuesOf(schema, {
      bio: "x".repeat(2001),
      reflection: "short",
      points: -1,
      tags: [],
      email: "nope",
      role: "KING",
      count: "seven",
      extra: true,
    });
    expect(
      Object.fromEntries(validationDetails(error, "en").map((d) => [d.path, d.message])),
    ).toEqual({
      name: "Fill in this field.",
      bio: "Use at most 2,000 characters.",
      reflection: "Use at least 150 characters.",
      points: "Use a number of at least 0.",
      tags: "Choose at least 1 item.",
      email: "Enter a valid email address.",
      role: "Choose one of: ADMIN, REVIEWER.",
      count: "Expected a value of type number.",
      "": "Unknown fields: extra.",
    });
    expect(
      Object.fromEntries(validationDetails(error, "id").map((d) => [d.path, d.message])),
    ).toEqual({
      name: "Wajib diisi.",
      bio: "Gunakan paling banyak 2.000 karakter.",
      reflection: "Gunakan minimal 150 karakter.",
      points: "Gunakan angka minimal 0.",
      tags: "Pilih minimal 1 item.",
      email: "Masukkan alamat email yang valid.",
      role: "Pilih salah satu: ADMIN, REVIEWER.",
      count: "Nilai harus bertipe number.",
      "": "Kolom tidak dikenal: extra.",
    });
  });

  test("localizedIssues keeps zod's paths for pages that map issues to fields", () => {
    const error = issuesOf(z.object({ filter: z.object({ from: z.iso.date() }) }), {
      filter: { from: "31/03/2026" },
    });
    expect(localizedIssues(error, "id")).toEqual([
      { path: ["filter", "from"], message: "Gunakan format tanggal seperti 2026-03-31." },
    ]);
  });
});

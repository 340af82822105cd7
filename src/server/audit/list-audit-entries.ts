import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { dbSession } from "../db/db-session";
import { queryRows } from "../db/query-rows";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { errorKey, fieldProblem } from "@/server/messages/error-text";
import type { AuditEntryDto } from "../users/get-user-as-admin";
import type { UserRow } from "../users/user-dto";
import { describeAuditEntry } from "./describe-audit-entry";
import { loadAuditContext } from "./load-audit-context";

const day = z.iso.date({ error: errorKey("errors.zod.format.date") });
const text = z.string().trim().min(1).max(200);

/** `GET /api/admin/audit`'s query parameters (docs/product.md §11). */
export const listAuditFields = z
  .object({
    actor: text.optional(),
    action: text.optional(),
    target: text.optional(),
    from: day.optional(),
    to: day.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();

/** The query as the route reads it; blank parameters count as absent. */
export const listAuditInput = z
  .preprocess(
    (query) =>
      Object.fromEntries(
        Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ""),
      ),
    listAuditFields,
  )
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: errorKey("errors.validation.startAfterEnd"),
    path: ["from"],
  });
export type ListAuditInput = z.output<typeof listAuditInput>;

/** created_at to the microsecond (a JS Date keeps only milliseconds) and the id. */
type Keyset = [createdAt: string, id: string];
const KEYSET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * The audit log newest first (admins, under RLS), filtered by actor, action, target and a
 * UTC date range (both ends inclusive), one page at a time. Pages follow a keyset
 * cursor on (created_at, id) — the audit_log_created_at_id_idx order — so rows with equal
 * timestamps are neither repeated nor skipped, and the thousandth page costs what the
 * first does. Actor and target match an id or a user's handle; each entry comes with its
 * sentence (describeAuditEntry) in the reader's language.
 */
export async function listAuditEntries(
  admin: UserRow,
  input: ListAuditInput,
  locale: Locale = "en",
): Promise<{ items: AuditEntryDto[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const person = (column: ReturnType<typeof sql>, value: string) =>
    sql`(${column} = ${value} OR ${column} IN (SELECT id FROM users WHERE handle = ${value.replace(/^@/, "").toLowerCase()}))`;
  return withUser(dbSession(admin), async (tx) => {
    const rows = await queryRows<{
      id: string;
      actorId: string;
      action: string;
      targetId: string | null;
      meta: unknown;
      createdAt: Date | string;
      keyTime: string;
    }>(
      tx,
      sql`SELECT a.id, a.actor_id AS "actorId", a.action, a.target_id AS "targetId", a.meta,
                 a.created_at AS "createdAt",
                 to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "keyTime"
            FROM audit_log a
           WHERE true
             ${input.actor ? sql`AND ${person(sql`a.actor_id`, input.actor)}` : sql``}
             ${input.target ? sql`AND ${person(sql`a.target_id`, input.target)}` : sql``}
             ${input.action ? sql`AND a.action = ${input.action}` : sql``}
             ${input.from ? sql`AND a.created_at >= ((${input.from}::date)::timestamp AT TIME ZONE 'UTC')` : sql``}
             ${input.to ? sql`AND a.created_at < ((${input.to}::date + 1)::timestamp AT TIME ZONE 'UTC')` : sql``}
             ${after ? sql`AND (a.created_at, a.id) < (${after[0]}::timestamptz, ${after[1]})` : sql``}
           ORDER BY a.created_at DESC, a.id DESC
           LIMIT ${input.limit + 1}`,
    );
    const page = rows.slice(0, input.limit).map((row) => ({
      id: row.id,
      actorId: row.actorId,
      action: row.action,
      targetId: row.targetId,
      meta: row.meta,
      createdAt: new Date(row.createdAt).toISOString(),
    }));
    const context = await loadAuditContext(tx, page);
    const last = rows[input.limit - 1];
    return {
      items: page.map((entry) => ({
        ...entry,
        description: describeAuditEntry(entry, context, locale),
      })),
      nextCursor: rows.length > input.limit && last ? encodeCursor([last.keyTime, last.id]) : null,
    };
  });
}

function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify(keyset)).toString("base64url");
}

/** A cursor this function handed out, or a 400 (never a database error) for anything else. */
function decodeCursor(cursor: string): Keyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      KEYSET_TIME.test(value[0]) &&
      !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === "string" &&
      value[1].length <= 200
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through: not base64url JSON
  }
  throw new AppError("VALIDATION_FAILED", "errors.audit.badCursor", {
    details: [fieldProblem("cursor", "errors.audit.badCursorField")],
  });
}

import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";

/**
 * A free handle derived from a name or email (docs/product.md §2): "Sári Öz" → "sari-oz", then
 * "sari-oz-2", "sari-oz-3", … when taken. The advisory lock on the base makes two
 * sign-ups with the same name take turns instead of picking the same suffix.
 */
export async function generateHandle(tx: Tx, source: string): Promise<string> {
  const base = handleBase(source);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.handle:${base}`}))`);
  const taken = await queryRows<{ handle: string }>(
    tx,
    sql`SELECT handle FROM users WHERE handle ~ ${`^${base}(-[0-9]+)?$`}`,
  );
  const used = new Set(taken.map((row) => row.handle));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 30 - String(n).length - 1)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Lower-case ASCII letters, digits, - and _, 3–30 characters. */
export function handleBase(source: string): string {
  const local = source.includes("@") ? source.split("@")[0]! : source;
  const slug = local
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 24)
    .replace(/[-_]+$/, "");
  if (slug.length >= 3) return slug;
  return slug ? `${slug}-educator` : "educator";
}

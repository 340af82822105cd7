#!/usr/bin/env bash
# Copies the migrations into supabase/migrations/ under Supabase CLI names
# (<UTC timestamp of the migration>_<tag>.sql), so `supabase db push` applies the same
# SQL. The "--> statement-breakpoint" markers are SQL comments and harmless there.
# Idempotent: existing files are rewritten with the same content; files of migrations
# that no longer exist in drizzle/ are reported, never deleted.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=supabase/migrations
mkdir -p "$target"
node --input-type=module -e '
import { readFileSync } from "node:fs";
const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8"));
for (const entry of journal.entries) {
  const stamp = new Date(entry.when).toISOString().replace(/[-:T]/g, "").slice(0, 14);
  console.log(`${entry.tag} ${stamp}_${entry.tag}.sql`);
}' | while read -r tag file; do
  cp "drizzle/$tag.sql" "$target/$file"
  echo "synced $target/$file"
done
for existing in "$target"/*.sql; do
  tag=$(basename "$existing" .sql | cut -d_ -f2-)
  [ -f "drizzle/$tag.sql" ] || echo "note: $existing has no migration in drizzle/" >&2
done

#!/usr/bin/env bash
# Exits non-zero when the schema (src/server/db/schema/), the migrations (drizzle/)
# and a live database disagree:
#   1. schema vs migrations: drizzle-kit generates into a copy of drizzle/; any new
#      migration there means the schema changed without one being committed;
#   2. migrations vs live database: every committed migration applied, and the live
#      structure (tables, constraints, indexes, policies, triggers, functions, views,
#      grants) equal to a fresh database migrated from drizzle/.
# The live database is DATABASE_URL, else the PGlite data under DATA_DIR (default ./data;
# stop the app first: PGlite allows one process). SCHEMA=path checks another schema (its index file).
set -euo pipefail
cd "$(dirname "$0")/../.."

# Inside the project, and relative: drizzle-kit resolves `out` against the working directory.
tmp=$(mktemp -d ./.tmp-drift-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp -r drizzle "$tmp/drizzle"
before=$(ls "$tmp/drizzle"/*.sql | wc -l)
if ! DRIZZLE_OUT="$tmp/drizzle" DRIZZLE_SCHEMA="${SCHEMA:-./src/server/db/schema/index.ts}" \
  npx drizzle-kit generate --name drift_check </dev/null >"$tmp/generate.log" 2>&1; then
  cat "$tmp/generate.log" >&2
  echo "check-drift: drizzle-kit could not read the schema" >&2
  exit 2
fi
after=$(ls "$tmp/drizzle"/*.sql | wc -l)
if [ "$after" -ne "$before" ]; then
  echo "Drift: the schema has changes that no committed migration holds:" >&2
  cat "$tmp/drizzle"/*_drift_check.sql >&2
  echo >&2
  echo "Run scripts/db/generate-migrations.sh <name> and commit the migration." >&2
  exit 1
fi
echo "The schema matches the migrations."

npx tsx --conditions=react-server scripts/db/compare-live-database.ts

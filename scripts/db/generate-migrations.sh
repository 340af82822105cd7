#!/usr/bin/env bash
# Writes a SQL migration for a schema change, then refreshes docs/DATABASE.md.
#   scripts/db/generate-migrations.sh <name>            diff src/server/db/schema/
#   scripts/db/generate-migrations.sh <name> --custom   an empty migration for SQL that
#                                                       drizzle-kit does not express
#                                                       (policies, functions, views, seeds)
# Separate statements in custom migrations with "--> statement-breakpoint": PGlite runs
# one statement per query. Never edit a migration once it has been released.
set -euo pipefail
cd "$(dirname "$0")/../.."

name="${1:-}"
if [[ ! "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "usage: $0 <name: lower-case letters, digits, _> [--custom]" >&2
  exit 64
fi
if [ "${2:-}" = "--custom" ]; then
  npx drizzle-kit generate --custom --name "$name"
else
  npx drizzle-kit generate --name "$name"
fi
npm run --silent db:docs

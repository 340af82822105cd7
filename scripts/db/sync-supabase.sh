#!/usr/bin/env bash
# Writes the migrations into supabase/migrations/ (or the directory given) under Supabase
# CLI names, as hosted Supabase needs them, so `supabase db push` applies what
# `npm run db:migrate` would: see scripts/db/sync-supabase.ts and decision 026.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec npx tsx --conditions=react-server scripts/db/sync-supabase.ts "$@"

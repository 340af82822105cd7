#!/usr/bin/env bash
# scripts/restore-embedded.sh <archive.tar.gz> [--force]: see scripts/embedded/restore.ts.
# DATA_DIR (default ./data) is the embedded data directory; stop the app first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/node_modules/.bin/tsx" --conditions=react-server --tsconfig "$root/tsconfig.json" \
  "$root/scripts/embedded/restore.ts" "$@"

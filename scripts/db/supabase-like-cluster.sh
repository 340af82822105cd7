#!/usr/bin/env bash
# A throw-away PostgreSQL cluster set up the way hosted Supabase is
# (scripts/db/make-supabase-like.sql): its bootstrap superuser is supabase_admin, and the
# role `postgres` the app migrates and connects as is NOT a superuser.
#   scripts/db/supabase-like-cluster.sh start   initdb + start + set up; prints DATABASE_URL
#   scripts/db/supabase-like-cluster.sh stop    stop and delete the cluster
# SUPABASE_LIKE_PORT (default 54329) and SUPABASE_LIKE_DIR (default /tmp/leaps-supabase-like)
# choose where. Needs the machine's PostgreSQL binaries (pg_config --bindir, or Debian's
# /usr/lib/postgresql/<version>/bin); run as root it runs the server as the postgres user.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${SUPABASE_LIKE_PORT:-54329}"
dir="${SUPABASE_LIKE_DIR:-/tmp/leaps-supabase-like}"
bindir="$(pg_config --bindir 2>/dev/null || true)"
[ -x "$bindir/initdb" ] || bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then "$0" stop; fi
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U supabase_admin --auth=trust \
      --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # No sockets in the system directory, no fsync: a test cluster, fast to start and stop.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start
    admin="postgres://supabase_admin@127.0.0.1:$port"
    psql "$admin/template1" -v ON_ERROR_STOP=1 -q -f scripts/db/make-supabase-like.sql >/dev/null
    psql "$admin/postgres" -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE leaps OWNER postgres"
    echo "postgres://postgres@127.0.0.1:$port/leaps"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -s stop 2>/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on loopback for the test suite; print its URL.
# Usage: env=$(bash .ci/postgres.sh start DIR); eval "$env"; ...; bash .ci/postgres.sh stop DIR
# (assign first: `eval "$(...)"` would hide a failed start from `set -e`)
set -euo pipefail
action=$1 dir=$2
# A free loopback port unless one is given: never reuse a server that happens to be there.
port=${QUIZKIT_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
pgbin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
run_as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
case $action in
start)
  if [ -z "$(pgbin)" ]; then
    echo "installing PostgreSQL from the distribution's packages" >&2
    if [ "$(id -u)" = 0 ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    else
      sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
  fi
  bin=$(pgbin)
  # A server still running from an earlier start in this folder is stopped first:
  # deleting its data under it would leave an orphaned postmaster that `stop` cannot find.
  if [ -f "$dir/data/postmaster.pid" ]; then
    run_as_postgres "$bin/pg_ctl -D '$dir/data' -m fast -w stop" >&2 || true
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  run_as_postgres "$bin/initdb -D '$dir/data' -A trust -U postgres -E UTF8" >/dev/null
  run_as_postgres "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off\" start" >&2
  echo "export QUIZKIT_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  bin=$(pgbin)
  [ -n "$bin" ] && [ -d "$dir/data" ] && run_as_postgres "$bin/pg_ctl -D '$dir/data' -m fast -w stop" >&2 || true
  ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests, on 127.0.0.1 only.
#   bash .ci/postgres.sh start   installs Debian's `postgresql` when missing, starts a server in a
#                                temporary folder, creates database `detente_test`, prints its URL
#   bash .ci/postgres.sh stop    stops that server and removes its folder
# Runs as root (the server then runs as the `postgres` user) or as an ordinary user.
set -euo pipefail
state=/tmp/detente-postgres.dir

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing postgresql from Debian's packages" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -f "$state" ] && [ -d "$(cat "$state")" ]; then
    as_owner "$bin/pg_ctl" -D "$(cat "$state")/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$(cat "$state")"
  fi
  dir=$(mktemp -d /tmp/detente-postgres.XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres detente_test
  echo "$dir" >"$state"
  echo "postgres://postgres@127.0.0.1:$port/detente_test"
  ;;
stop)
  if [ -f "$state" ]; then
    dir=$(cat "$state")
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state"
  fi
  ;;
*)
  echo "usage: $0 start|stop" >&2
  exit 2
  ;;
esac

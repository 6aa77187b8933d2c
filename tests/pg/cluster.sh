#!/usr/bin/env bash
# A PostgreSQL server of the tests' own, for the team-mode suites: initdb and pg_ctl from Debian's postgresql package,
# in a temporary folder, as an ordinary user (the server refuses root: as root it runs as the postgres user the
# package creates), listening on 127.0.0.1 on a free port.
#   tests/pg/cluster.sh start ENV_FILE   start it; ENV_FILE then holds OBOLE_TEST_PG_* for the suites and PGPASSFILE
#   tests/pg/cluster.sh stop ENV_FILE    stop it and remove its folder
#   tests/pg/cluster.sh restart ENV_FILE stop it at once, as a crash or a power cut would, and start it again
# Roles: obole_admin (the superuser, for setting up), obole_owner (an ordinary role that may create databases: what
# Obole logs in as). Passwords are in a .pgpass file only the tests' user reads.
set -euo pipefail

action=${1:-}
env_file=${2:-}
[[ -n $action && -n $env_file ]] || { echo "usage: $0 start|stop|restart ENV_FILE" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $bin/initdb ]] || { echo "cluster.sh: PostgreSQL's initdb is missing (Debian package postgresql)" >&2; exit 1; }

as_server() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [[ -f $env_file ]]; then
        # A cluster left by an interrupted run: stop it first.
        "$0" stop "$env_file" || true
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/obole-pg.XXXXXX")
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    admin_password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    owner_password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    printf '%s\n' "$admin_password" | as_server tee "$dir/pw" >/dev/null
    as_server "$bin/initdb" -D "$dir/data" -U obole_admin --pwfile="$dir/pw" -A scram-sha-256 -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server rm -f "$dir/pw"
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    umask 077
    pgpass="$dir/pgpass"
    [[ $(id -u) -eq 0 ]] && { pgpass=$(mktemp "${TMPDIR:-/tmp}/obole-pgpass.XXXXXX"); }
    {
        echo "127.0.0.1:$port:*:obole_admin:$admin_password"
        echo "127.0.0.1:$port:*:obole_owner:$owner_password"
    } >"$pgpass"
    chmod 600 "$pgpass"
    PGPASSFILE=$pgpass "$bin/psql" -q -X -v ON_ERROR_STOP=1 "postgresql://obole_admin@127.0.0.1:$port/postgres" \
        -c "CREATE ROLE obole_owner LOGIN CREATEDB CREATEROLE PASSWORD '$owner_password'" >/dev/null
    cat >"$env_file" <<ENV
OBOLE_TEST_PG_DIR=$dir
OBOLE_TEST_PG_BIN=$bin
OBOLE_TEST_PG_PORT=$port
OBOLE_TEST_PG_ADMIN=postgresql://obole_admin@127.0.0.1:$port/postgres
OBOLE_TEST_PG_OWNER=postgresql://obole_owner@127.0.0.1:$port
PGPASSFILE=$pgpass
ENV
    echo "PostgreSQL test server on 127.0.0.1:$port"
    ;;
restart)
    dir=$(sed -n 's/^OBOLE_TEST_PG_DIR=//p' "$env_file")
    port=$(sed -n 's/^OBOLE_TEST_PG_PORT=//p' "$env_file")
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    [[ -f $env_file ]] || exit 0
    dir=$(sed -n 's/^OBOLE_TEST_PG_DIR=//p' "$env_file")
    pgpass=$(sed -n 's/^PGPASSFILE=//p' "$env_file")
    if [[ -n $dir && -d $dir ]]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    [[ -n $pgpass ]] && rm -f "$pgpass"
    rm -f "$env_file"
    ;;
*)
    echo "usage: $0 start|stop|restart ENV_FILE" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# A PostgreSQL server of the tests' own, for the team-mode suites: initdb and pg_ctl from Debian's postgresql package,
# in a temporary folder, as an ordinary user (the server refuses root: as root it runs as the postgres user the
# package creates), listening on 127.0.0.1 on a free port.
#   tests/pg/cluster.sh start ENV_FILE   start it; ENV_FILE then holds OBOLE_TEST_PG_* for the suites and PGPASSFILE
#   tests/pg/cluster.sh stop ENV_FILE    stop it and remove its folder
#   tests/pg/cluster.sh restart ENV_FILE stop it at once, as a crash or a power cut would, and start it again
# Roles: obole_admin (the superuser, for setting up), obole_owner (an ordinary role that may create databases: what
# Obole logs in as). Passwords are in a .pgpass file only the tests' user reads.
# TLS: the server also takes TLS connections, with a certificate for localhost and 127.0.0.1 signed by a test
# authority of its own (OBOLE_TEST_PG_CA); OBOLE_TEST_PG_OTHER_CA is an authority that did not sign it.
set -euo pipefail

action=${1:-}
env_file=${2:-}
[[ -n $action && -n $env_file ]] || { echo "usage: $0 start|stop|restart ENV_FILE" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $bin/initdb ]] || { echo "cluster.sh: PostgreSQL's initdb is missing (Debian package postgresql)" >&2; exit 1; }

as_server() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_ctl start for the cluster in $1 on port $2.
start_server() {
    as_server "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$2 -c unix_socket_directories=$1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 \
            -c ssl=on -c ssl_cert_file=$1/tls/server.crt -c ssl_key_file=$1/tls/server.key" >/dev/null ||
        { cat "$1/server.log" >&2; exit 1; }
}

# A test authority, a server certificate it signs (for localhost and 127.0.0.1), and another authority, in $1/tls.
make_certificates() {
    local tls=$1/tls
    mkdir -p "$tls"
    local key=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${key[@]}" -days 7 -subj "/CN=Obole test authority" -keyout "$tls/ca.key" \
        -out "$tls/ca.crt" 2>/dev/null
    openssl req -x509 "${key[@]}" -days 7 -subj "/CN=Another authority" -keyout "$tls/other-ca.key" \
        -out "$tls/other-ca.crt" 2>/dev/null
    openssl req "${key[@]}" -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 7 \
        -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 600 "$tls/server.key"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$tls/server.key"
    chmod 644 "$tls/ca.crt" "$tls/other-ca.crt" "$tls/server.crt"
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
    make_certificates "$dir"
    start_server "$dir" "$port"
    umask 077
    pgpass="$dir/pgpass"
    [[ $(id -u) -eq 0 ]] && { pgpass=$(mktemp "${TMPDIR:-/tmp}/obole-pgpass.XXXXXX"); }
    {
        echo "127.0.0.1:$port:*:obole_admin:$admin_password"
        echo "127.0.0.1:$port:*:obole_owner:$owner_password"
        echo "localhost:$port:*:obole_owner:$owner_password"
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
OBOLE_TEST_PG_CA=$dir/tls/ca.crt
OBOLE_TEST_PG_OTHER_CA=$dir/tls/other-ca.crt
PGPASSFILE=$pgpass
ENV
    echo "PostgreSQL test server on 127.0.0.1:$port"
    ;;
restart)
    dir=$(sed -n 's/^OBOLE_TEST_PG_DIR=//p' "$env_file")
    port=$(sed -n 's/^OBOLE_TEST_PG_PORT=//p' "$env_file")
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    start_server "$dir" "$port"
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

#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: initdb into a fresh folder, listen on
# 127.0.0.1 (a free port) and a socket in that folder, one role and one database.
#   tools/test_postgres.sh start FOLDER   prints the URL for TRAJECTWIJZER_TEST_POSTGRES
#   tools/test_postgres.sh stop FOLDER    stops the cluster and removes the folder
# PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user that
# Debian's package makes. Nothing outside FOLDER is touched.
set -euo pipefail
action=${1:?start or stop}
folder=${2:?a folder for the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n "$bin" ]] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    mkdir -p "$folder"
    folder=$(cd "$folder" && pwd)
    [[ $(id -u) -eq 0 ]] && chown postgres: "$folder"
    cd "$folder"  # the server's user may not enter the folder this was started from
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
    cat >>"$folder/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
# Databases live seconds: no autovacuum worker to hold one up while a test drops it.
autovacuum = off
shared_buffers = 128MB
CONF
    # The app's role signs in with a password over TCP, as on an office's server.
    cat >"$folder/data/pg_hba.conf" <<HBA
local all all trust
host all trajectwijzer 127.0.0.1/32 scram-sha-256
host all postgres 127.0.0.1/32 trust
HBA
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start >/dev/null
    as_owner "$bin/psql" -q -h "$folder" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE trajectwijzer LOGIN CREATEDB PASSWORD 'trajectwijzer-test';
GRANT pg_signal_backend TO trajectwijzer;  -- DROP DATABASE … WITH (FORCE) of a test's database
CREATE DATABASE trajectwijzer OWNER trajectwijzer;
SQL
    echo "postgresql+psycopg://trajectwijzer:trajectwijzer-test@127.0.0.1:$port/trajectwijzer"
    ;;
stop)
    cd /
    if [[ -d "$folder/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$folder"
    ;;
*) echo "start or stop" >&2; exit 2 ;;
esac

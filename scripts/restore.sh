#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a new database of the same server, never over the live one:
#
#   scripts/restore.sh FILE --database NAME [-d DATA_DIR]
#
# Server: as for backup.sh (SPRING_DATASOURCE_URL, or the running embedded server of DATA_DIR). NAME must not exist
# yet; it is created and filled in one transaction (all or nothing). Then point the application at it and restart it:
#   embedded: APP_EMBEDDED_DB_DATABASE=NAME ./mvnw spring-boot:run   (or --app.embedded-db.database=NAME)
#   external: SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/NAME
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=scripts/pg-target.sh
. "$here/pg-target.sh"

FILE="" NAME=""
while [ $# -gt 0 ]; do
    case "$1" in
        -d|--data-dir) DATA_DIR="$2"; shift 2 ;;
        --database) NAME="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        -*) echo "Unknown argument: $1" >&2; exit 2 ;;
        *) FILE="$1"; shift ;;
    esac
done
[ -n "$FILE" ] && [ -r "$FILE" ] || { echo "Give the dump file to restore" >&2; exit 2; }
[[ "$NAME" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "Give --database NAME (lower-case letters, digits, _)" >&2; exit 2; }

resolve_target
bin=$("$here/pg-tools.sh")
psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -d postgres)
if [ "$("${psql[@]}" -tA -c "select count(*) from pg_database where datname = '$NAME'")" != 0 ]; then
    echo "Database $NAME exists already: choose a new name" >&2
    exit 1
fi
"${psql[@]}" -c "create database $NAME encoding 'UTF8' template template0"
if ! "$bin/pg_restore" --exit-on-error --single-transaction --no-owner --dbname="$NAME" "$FILE"; then
    "${psql[@]}" -c "drop database $NAME"
    echo "Restore failed; $NAME removed" >&2
    exit 1
fi
echo "Restored $FILE into database $NAME"

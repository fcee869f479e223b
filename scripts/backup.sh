#!/usr/bin/env bash
# Backs up the application's database with pg_dump (custom format: compressed, restored with scripts/restore.sh).
#
#   scripts/backup.sh [-d DATA_DIR] [-o FILE]
#
# With SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) set: that server. Otherwise the embedded server of the running
# application, found through its data directory (-d, default ./data/pg). The dump is consistent (one snapshot) and
# taken while the application keeps serving. Default file: backups/kehoach-<date>-<time>.dump.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=scripts/pg-target.sh
. "$here/pg-target.sh"

OUT=""
while [ $# -gt 0 ]; do
    case "$1" in
        -d|--data-dir) DATA_DIR="$2"; shift 2 ;;
        -o|--output) OUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $1" >&2; exit 2 ;;
    esac
done

resolve_target
bin=$("$here/pg-tools.sh")
[ -n "$OUT" ] || OUT="backups/kehoach-$(date +%Y%m%d-%H%M%S).dump"
mkdir -p "$(dirname "$OUT")"
# Written aside and moved into place when complete, so a failed run never leaves a truncated dump under the name.
"$bin/pg_dump" --format=custom --no-owner --file="$OUT.part" "$DATABASE"
mv "$OUT.part" "$OUT"
chmod 600 "$OUT"
echo "$OUT"

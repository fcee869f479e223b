#!/usr/bin/env bash
# Builds the national-scale benchmark database from scratch (a few minutes on 2 cores):
#   1. starts the application on its own embedded PostgreSQL data directory (default ./data/bench-pg; the
#      developer's ./data/pg is never touched) with the demo data, on port 8089;
#   2. imports the official lists through the application's own API: the current map, the map before 1/7/2025 and
#      the 2025 crosswalks (provinces and communes);
#   3. runs bench/seed.sql with psql on the same database: agencies, accounts, plans 2023-2026 and their reports;
#   4. writes the Gatling feeders (users and their plans) to <data dir>/../bench-feeders and stops the application.
#
# Usage: bench/seed.sh                 (environment: BENCH_DATA_DIR, BENCH_PORT, BENCH_SHARED_DATA)
# Needs: java 17+, curl, psql (apt-get install postgresql-client), the reference lists in ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SHARED="${BENCH_SHARED_DATA:-../shared/data}"
for f in provinces.csv communes.csv pre2025/provinces.csv pre2025/districts.csv pre2025/communes.csv \
         mapping_2025/provinces_new_from_old.csv mapping_2025/communes_new_from_old.csv; do
    if [ ! -f "$SHARED/$f" ]; then
        echo "The reference lists are not in $SHARED ($f missing): nothing to seed." >&2
        exit 0
    fi
done
command -v psql >/dev/null || { echo "psql is needed: apt-get install postgresql-client" >&2; exit 1; }

started=$(date +%s)
echo "Fresh database in $DATA_DIR"
rm -rf "$DATA_DIR" "$FEEDERS"
build_jar
start_app
trap stop_app EXIT

echo "Importing the official lists through $BASE/api/units/import"
import() {
    local file="$1"; shift
    local status
    status=$(curl -s -o /tmp/bench-import.json -w '%{http_code}' -u "admin:$PASSWORD" -F "file=@$SHARED/$file" "$@" \
             "$BASE/api/units/import")
    echo "  $file: HTTP $status $(head -c 160 /tmp/bench-import.json)"
    [ "$status" = 200 ]
}
import provinces.csv
import communes.csv
import pre2025/provinces.csv
import pre2025/districts.csv
import pre2025/communes.csv
import mapping_2025/provinces_new_from_old.csv -F skipUnmatched=true
import mapping_2025/communes_new_from_old.csv -F skipUnmatched=true

echo "Agencies, accounts, plans and reports (bench/seed.sql)"
run_psql -f bench/seed.sql | grep -v '^Time: [0-9.]* ms$'

echo "Gatling feeders in $FEEDERS"
mkdir -p "$FEEDERS"
# Drafters with a plan of their own agency still in drafting (the editor), province and commune.
run_psql -c "\copy (
    select u.username, min(p.id) as plan_id from app_user u
    join app_user_role r on r.user_id = u.id and r.role = 'DRAFTER'
    join plan p on p.drafting_agency_id = u.agency_id and p.status in ('DRAFT', 'RETURNED')
    where u.username ~ '^[px][0-9]+[.](snv|vhxh)[12]\$' group by u.username order by u.username
) to '$FEEDERS/drafters.csv' with csv header"
# Everyone else who reads plans: leaders, viewers, reporters, reviewers.
run_psql -c "\copy (
    select u.username from app_user u
    where u.username ~ '^[px][0-9]+[.](lanhdao|xem|vp|tyt|ca|snv3|syt[12])\$' order by u.username
) to '$FEEDERS/readers.csv' with csv header"
# Unit administrators of the provinces, with their province's id for the roster pages.
run_psql -c "\copy (
    select u.username, a.unit_id from app_user u join agency a on a.id = u.agency_id
    where u.username ~ '^p[0-9]+[.]admin\$' order by u.username
) to '$FEEDERS/admins.csv' with csv header"
# Reviewers of the provinces' Sở Nội vụ and of the ministry, each with reports sent to their agency (three waiting for
# review, two already dealt with) and the plan each report answers, whose completeness they follow.
reviewed() {
    echo "select u.username, r.id as report_id, r.plan_id from app_user u
    join app_user_role ur on ur.user_id = u.id and ur.role = 'REVIEWER'
    cross join lateral (
        (select r.id, r.plan_id from report r where r.receiver_agency_id = u.agency_id and r.status = 'SUBMITTED'
         order by hashint8(r.id) limit $2)
        union all
        (select r.id, r.plan_id from report r where r.receiver_agency_id = u.agency_id and r.round > 0
         and r.status not in ('SUBMITTED', 'CANCELLED') order by hashint8(r.id) limit $3)) r
    where u.username ~ '$1' order by u.username, r.id"
}
run_psql -c "\copy ($(reviewed '^p[0-9]+[.]snv[13]$' 3 2)) to '$FEEDERS/reviewers.csv' with csv header"
run_psql -c "\copy ($(reviewed '^bnv[.]reviewer$' 10 10)) to '$FEEDERS/ministry.csv' with csv header"
# Commune drafters (Phòng Văn hóa - Xã hội writes the commune's reports), each with two reports their agency owes,
# begun ones first.
run_psql -c "\copy (
    select u.username, r.id as report_id from app_user u
    cross join lateral (select r.id from report r where r.owner_agency_id = u.agency_id and r.status <> 'CANCELLED'
                        order by r.status = 'NOT_STARTED', hashint8(r.id) limit 2) r
    where u.username ~ '^x[0-9]+[.]vhxh[12]\$' order by u.username, r.id
) to '$FEEDERS/writers.csv' with csv header"
wc -l "$FEEDERS"/*.csv

stop_app
trap - EXIT
echo "Seeded in $(( $(date +%s) - started )) s: $DATA_DIR"

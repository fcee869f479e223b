#!/usr/bin/env bash
# Runs the benchmark on the database built by bench/seed.sh:
#   1. packages and starts the application on it (port 8089);
#   2. warms it up (every page of the simulation, signed in through the login form);
#   3. runs the Gatling simulation (./mvnw -Pbench gatling:test): BENCH_USERS concurrent users, ramped over
#      BENCH_RAMP s, held for BENCH_STEADY s; asserts p95 <= BENCH_P95_MS and errors <= 1 %;
#   4. unless BENCH_WRK=0, and if wrk is installed, a wrk run of BENCH_WRK_SECONDS on two GET endpoints with the
#      session cookie of a signed-in province drafter, and on the review inbox and the completeness API with that of
#      a province reviewer;
#   5. stops the application and prints the per-request table (also in target/bench/summary.md); the busiest
#      processes during the Gatling run are in target/bench/top.log.
#
# Usage: bench/run.sh            e.g. BENCH_USERS=5 BENCH_STEADY=60 bench/run.sh   (low load)
# The Gatling report is in target/gatling/<run>/index.html. With SPRING_DATASOURCE_URL set the application uses
# that server instead of the embedded data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

USERS="${BENCH_USERS:-30}"
RAMP="${BENCH_RAMP:-60}"
STEADY="${BENCH_STEADY:-180}"
P95="${BENCH_P95_MS:-500}"
WRK_SECONDS="${BENCH_WRK_SECONDS:-30}"

if [ -z "${SPRING_DATASOURCE_URL:-}" ] && [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    echo "No benchmark database in $DATA_DIR: run bench/seed.sh first" >&2
    exit 1
fi
if [ ! -f "$FEEDERS/readers.csv" ]; then
    echo "No Gatling feeders in $FEEDERS: run bench/seed.sh first" >&2
    exit 1
fi

echo "Load average before the benchmark starts (other processes): $(cut -d' ' -f1-3 /proc/loadavg)"
build_jar
start_app
trap stop_app EXIT

echo "Warming up"
jar="$OUT/warmup.cookies"
admin=$(sed -n 2p "$FEEDERS/admins.csv")
drafter=$(sed -n 2p "$FEEDERS/drafters.csv")
reviewer=$(sed -n 2p "$FEEDERS/reviewers.csv")
minister=$(sed -n 2p "$FEEDERS/ministry.csv")
writer=$(sed -n 2p "$FEEDERS/writers.csv")
for round in $(seq 1 "${BENCH_WARMUP_ROUNDS:-10}"); do
    login_cookie "${drafter%%,*}" "$jar"
    for path in / /plans "/plans?year=2025" "/plans?q=binh+dang+gioi" "/plans/${drafter##*,}" \
                "/plans/${drafter##*,}/edit" "/api/plans" "/api/plans/${drafter##*,}" "/api/units?q=ba" \
                "/api/agencies?q=so"; do
        curl -s -o /dev/null -b "$jar" "$BASE$path"
    done
    login_cookie "${admin%%,*}" "$jar"
    for path in /admin/accounts "/admin/accounts?q=nguyen" "/roster/units?q=an" "/roster/units/${admin##*,}" \
                "/roster/agencies?unit=${admin##*,}"; do
        curl -s -o /dev/null -b "$jar" "$BASE$path"
    done
    # Reviewers (username,report_id,plan_id) and a commune writer (username,report_id).
    for row in "$reviewer" "$minister"; do
        IFS=, read -r r_user r_report r_plan <<<"$row"
        login_cookie "$r_user" "$jar"
        for path in / /reviews "/reviews/$r_report" "/reporting/status?plan=$r_plan" "/api/reporting/status?plan=$r_plan" \
                    /notifications /reports; do
            curl -s -o /dev/null -b "$jar" "$BASE$path"
        done
    done
    login_cookie "${writer%%,*}" "$jar"
    for path in / /reports "/reports/${writer##*,}" /notifications; do
        curl -s -o /dev/null -b "$jar" "$BASE$path"
    done
done
echo "  $round rounds done"

echo "Gatling: $USERS concurrent users, ramp $RAMP s, steady $STEADY s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# What else runs on the machine meanwhile: the busiest processes every 15 s (the app and Gatling included).
if command -v top >/dev/null; then
    top -b -d 15 -n $(( (RAMP + STEADY) / 15 + 4 )) -w 160 >"$OUT/top.log" &
    TOP_PID=$!
fi
status=0
./mvnw -B -q -Pbench gatling:test -Dbench.baseUrl="$BASE" -Dbench.feeders="$PWD/$FEEDERS" \
    -Dbench.users="$USERS" -Dbench.rampSeconds="$RAMP" -Dbench.steadySeconds="$STEADY" -Dbench.p95Millis="$P95" \
    | tee "$OUT/gatling.log" | grep -E '^(> |Global|---- Global|Reports generated)' || status=$?
report=$(ls -td target/gatling/*/ | head -1)
echo "Load average after Gatling (other processes included): $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${TOP_PID:-}" ]; then kill "$TOP_PID" 2>/dev/null || true; fi

if [ "${BENCH_WRK:-1}" != 0 ] && command -v wrk >/dev/null; then
    : >"$OUT/wrk.log"
    login_cookie "${drafter%%,*}" "$jar"
    session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
    for path in "/plans" "/api/units?q=ba&size=10"; do
        echo "wrk ${WRK_SECONDS}s, 2 threads, 8 connections: $path" | tee -a "$OUT/wrk.log"
        wrk -t2 -c8 -d"${WRK_SECONDS}s" --latency -H "Cookie: JSESSIONID=$session" "$BASE$path" | tee -a "$OUT/wrk.log"
    done
    IFS=, read -r r_user r_report r_plan <<<"$reviewer"
    login_cookie "$r_user" "$jar"
    session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
    for path in "/reviews" "/api/reporting/status?plan=$r_plan"; do
        echo "wrk ${WRK_SECONDS}s, 2 threads, 8 connections: $path ($r_user)" | tee -a "$OUT/wrk.log"
        wrk -t2 -c8 -d"${WRK_SECONDS}s" --latency -H "Cookie: JSESSIONID=$session" "$BASE$path" | tee -a "$OUT/wrk.log"
    done
fi

stop_app
trap - EXIT
python3 bench/summary.py "$report" | tee "$OUT/summary.md"
echo "Report: $report/index.html"
exit "$status"

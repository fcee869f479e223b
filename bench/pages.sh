#!/usr/bin/env bash
# What each page costs, against the floor of this machine: on the database built by bench/seed.sh,
#   1. packages and starts the application (port 8089, or BENCH_PORT);
#   2. picks the pages' subjects in the database (the largest province's Sở Nội vụ, its plan and the reports sent to
#      it, a commune drafter and their report, the ministry, eight provinces' reports to consolidate) and signs in one
#      session per connection for each user;
#   3. warms the JIT up with a mixed load over every page (PAGES_WARMUP_SECONDS);
#   4. for each page: PAGES_PAGE_WARMUP_SECONDS of that page, then wrk on /login (the floor: a form with a CSRF token)
#      and right after it on the page, PAGES_SECONDS each, PAGES_CONNECTIONS connections each a signed-in session;
#   5. prints the table (also in target/bench/pages.md): req/s, ratio to the median floor of the run, p50, p99,
#      errors (anything but 200, or the redirect of a posted form), and the target of the page's class.
#
# Usage: bench/pages.sh
#        PAGES_SECONDS=5 PAGES_ONLY='autocomplete|search' bench/pages.sh      (shorter; only the pages matching)
# Environment: PAGES_SECONDS (10), PAGES_WARMUP_SECONDS (120), PAGES_PAGE_WARMUP_SECONDS (5), PAGES_CONNECTIONS (8),
#   PAGES_ONLY (a regular expression on the page names), PAGES_JFR (a regular expression on the page names: record a JFR
#   file of each such page's measured run into target/bench/page-<name>.jfr; deep stacks need BENCH_JAVA_OPTS with
#   -XX:FlightRecorderOptions:stackdepth=512), and bench/lib.sh's BENCH_PORT, BENCH_DATA_DIR, BENCH_JAR, BENCH_JAVA_OPTS.
# Needs wrk, curl, psql and python3. Consolidation writes: each run consolidates eight provinces' reports again.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SECONDS_EACH="${PAGES_SECONDS:-10}"
# 45 s of warm-up left the JIT still compiling when the first pages were measured: the floor there was a fifth of
# its value later in the same run (1,054 against 5,398 req/s), and the first pages of the table paid for it.
WARMUP="${PAGES_WARMUP_SECONDS:-120}"
PAGE_WARMUP="${PAGES_PAGE_WARMUP_SECONDS:-5}"
CONNECTIONS="${PAGES_CONNECTIONS:-8}"
ONLY="${PAGES_ONLY:-.}"
WORK="$OUT/pages"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [ -z "${SPRING_DATASOURCE_URL:-}" ] && [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    echo "No benchmark database in $DATA_DIR: run bench/seed.sh first" >&2
    exit 1
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE=$(load)
build_jar
start_app
trap stop_app EXIT
rm -rf "$WORK"
mkdir -p "$WORK"

# --- subjects -----------------------------------------------------------------------------------------------------
query() { run_psql -A -t -F ' ' -c "$1"; }

# The largest province: the most reports sent to its Sở Nội vụ on its 2025 plan. Its reviewer-drafter snv1 opens the
# plan list and search, the plan, its completeness, a report sent to them, the inbox, notifications, attainment.
read -r P_CODE P_PLAN < <(query "
    select u.code, p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
    where u.level = 'PROVINCE' and u.valid_to is null and p.year = 2025 and p.status = 'ISSUED'
    order by (select count(*) from report r where r.plan_id = p.id) desc, u.code limit 1")
PROVINCE="p$P_CODE.snv1"
P_REVIEW=$(query "
    select r.id from report r join app_user u on u.agency_id = r.receiver_agency_id and u.username = '$PROVINCE'
    where r.plan_id = $P_PLAN and r.status = 'SUBMITTED' order by r.id limit 1")
# A plan of the province's own Sở Nội vụ in drafting, for the editor.
P_DRAFT=$(query "
    select p.id from plan p join app_user u on u.agency_id = p.drafting_agency_id and u.username = '$PROVINCE'
    where p.status in ('DRAFT', 'RETURNED') order by p.id limit 1")
P_DRAFT=${P_DRAFT:-$P_PLAN}
# A commune of that province: its Phòng Văn hóa - Xã hội drafter, the commune's report on the province plan.
read -r COMMUNE C_REPORT < <(query "
    select u.username, r.id from report r join app_user u on u.agency_id = r.owner_agency_id
    join administrative_unit cu on cu.id = r.reporter_unit_id
    where r.plan_id = $P_PLAN and r.reporter_kind = 'UNIT' and r.status in ('DRAFT', 'RETURNED')
      and u.username ~ '^x[0-9]+[.]vhxh1\$'
    order by (select count(*) from report_entry e where e.report_id = r.id) desc, r.id limit 1")
# The ministry: Bộ Nội vụ's guidance the provinces report on.
read -r M_PLAN < <(query "
    select r.plan_id from report r join app_user u on u.agency_id = r.receiver_agency_id
    where u.username = 'bnv.reviewer' group by r.plan_id order by count(*) desc, r.plan_id limit 1")
# Consolidation: the provinces' own reports to the ministry on their 2025 plans (the six-month cycle, drafted from
# the accepted reports of their departments and communes), the largest first; each connection consolidates its own.
query "
    select u.username, r.id from report r
    join plan p on p.id = r.subject_plan_id and p.issuer_unit_id = r.reporter_unit_id
    join app_user u on u.agency_id = r.owner_agency_id and u.username ~ '^p[0-9]+[.]snv1\$'
    where r.reporter_kind = 'UNIT' and r.kind = 'SIX_MONTH' and r.year = 2025 and r.plan_id = $M_PLAN
    order by (select count(*) from report s where s.plan_id = p.id and s.status = 'ACCEPTED' and s.kind = r.kind
              and s.year = r.year) desc, r.id
    limit $CONNECTIONS" >"$WORK/consolidators"
# Consolidation is allowed while the report is being written; the benchmark keeps these in drafting.
run_psql -c "update report set status = 'DRAFT' where id in ($(awk '{print $2}' "$WORK/consolidators" | paste -sd,))
             and status <> 'DRAFT'"

cat <<EOF
Subjects: province $PROVINCE (plan $P_PLAN, review $P_REVIEW, draft $P_DRAFT); commune $COMMUNE (report $C_REPORT);
          ministry bnv.reviewer (plan $M_PLAN); consolidation by $(awk '{print $1}' "$WORK/consolidators" | paste -sd' ')
EOF

# --- sessions -----------------------------------------------------------------------------------------------------
# One signed-in session per connection and user; a file per user with one session cookie a line.
sessions() {
    local user="$1" file="$WORK/sessions.$1"
    [ -f "$file" ] && return
    local jar="$WORK/jar" i
    for i in $(seq 1 "$CONNECTIONS"); do
        login_cookie "$user" "$jar"
        local cookie
        cookie=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
        if [ -z "$cookie" ] || [ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$cookie" "$BASE/")" != 200 ]; then
            echo "Could not sign in as $user" >&2
            exit 1
        fi
        echo "$cookie" >>"$file"
    done
}
# The floor: the sign-in page, each connection with an anonymous session of its own (its CSRF token kept there), so
# that the run does not pile up hundreds of thousands of sessions.
for i in $(seq 1 "$CONNECTIONS"); do
    curl -s -o /dev/null -c "$WORK/jar" "$BASE/login"
    awk '$6 == "JSESSIONID" { print $7 " /login" }' "$WORK/jar"
done >"$WORK/floor"

# name | class | user | path
PAGES="$WORK/pages"
cat >"$PAGES" <<EOF
start page (commune drafter)|light|$COMMUNE|/
plan list|light|$PROVINCE|/plans
plan search|light|$PROVINCE|/plans?q=binh+dang+gioi
review inbox|light|$PROVINCE|/reviews
notifications|light|$PROVINCE|/notifications
unit autocomplete|light|$PROVINCE|/api/units?q=ba&size=10
plan detail|detail|$PROVINCE|/plans/$P_PLAN
plan editor|detail|$PROVINCE|/plans/$P_DRAFT/edit
review page|detail|$PROVINCE|/reviews/$P_REVIEW
report page|detail|$COMMUNE|/reports/$C_REPORT
report form|detail|$COMMUNE|/reports/$C_REPORT/edit
attainment|detail|$PROVINCE|/indicators
completeness (largest province)|heavy|$PROVINCE|/reporting/status?plan=$P_PLAN
completeness (national)|heavy|bnv.reviewer|/reporting/status?plan=$M_PLAN
plan .docx export|heavy|$PROVINCE|/plans/$P_PLAN/export.docx
plan .pdf export|heavy|$PROVINCE|/plans/$P_PLAN/export.pdf
consolidation|heavy|consolidators|POST
EOF

# Targets of the page's path for wrk: one line per connection.
targets() {
    local user="$1" path="$2" i=0 cookie
    while read -r cookie; do
        echo "$cookie $path"
    done <"$WORK/sessions.$user"
}
# Consolidation: each connection signs in as its province's drafter and posts the form's "consolidate" button. The
# version the form carries moves by a fixed step per consolidation (one), found here by doing one.
consolidation_targets() {
    local user report jar="$WORK/jar" page token version after status
    while read -r user report; do
        login_cookie "$user" "$jar"
        page=$(curl -s -b "$jar" "$BASE/reports/$report/edit")
        token=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
        version=$(sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' <<<"$page" | head -1)
        if [ -z "$token" ] || [ -z "$version" ]; then
            echo "No report form for $user (report $report)" >&2
            exit 1
        fi
        status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "_csrf=$token" \
            --data-urlencode "version=$version" --data "action=consolidate" "$BASE/reports/$report/edit")
        # A refusal may redirect too (with its message): only the draft's time, just set, proves a consolidation.
        if [ "$status" != 302 ] || [ "$(query "select count(*) from report where id = $report
                and consolidated_at > now() - interval '1 minute'")" = 0 ]; then
            echo "Consolidation of report $report by $user was refused (HTTP $status, not drafted)" >&2
            exit 1
        fi
        after=$(curl -s -b "$jar" "$BASE/reports/$report/edit" | sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' | head -1)
        echo "$(awk '$6 == "JSESSIONID" { print $7 }' "$jar") /reports/$report/edit $token $after $(( after - version )) action=consolidate"
    done <"$WORK/consolidators"
}

echo "Signing in"
while IFS='|' read -r name class user path; do
    if [ "$user" = consolidators ]; then
        consolidation_targets >"$WORK/targets.$name"
    else
        sessions "$user"
        targets "$user" "$path" >"$WORK/targets.$name"
    fi
done <"$PAGES"

# A posted form carries the version it was read at; every wrk run starts from its targets file, so the versions there
# are brought up to the database's before each run (the page's own warm-up run has moved them on).
current_versions() {
    local file="$1" line fields version
    grep -q ' action=' "$file" || return 0
    while read -r line; do
        read -ra fields <<<"$line"
        version=$(query "select version from report where id = $(sed 's|/reports/\([0-9]*\)/edit|\1|' <<<"${fields[1]}")")
        fields[3]=$version
        echo "${fields[*]}"
    done <"$file" >"$file.now"
    mv "$file.now" "$file"
}

# wrk with bench/pages.lua; prints "requests seconds req/s p50 p99 errors".
run_wrk() {
    local seconds="$1" file="$2" mode="${3:-}"
    current_versions "$file"
    wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s bench/pages.lua "$BASE" -- "$file" $mode \
        | sed -n 's/^RESULT //p'
}

echo "JIT warm-up: ${WARMUP}s of every page mixed (load average $(load))"
grep -hv ' action=' "$WORK"/targets.* "$WORK/floor" >"$WORK/mix"
run_wrk "$WARMUP" "$WORK/mix" mix >/dev/null

printf '%s\n' "name|class|floor|requests|seconds|rps|p50|p99|errors" >"$WORK/results"
while IFS='|' read -r name class user path; do
    [[ "$name" =~ $ONLY ]] || continue
    echo "  $name"
    run_wrk "$PAGE_WARMUP" "$WORK/targets.$name" >/dev/null
    floor=$(run_wrk "$SECONDS_EACH" "$WORK/floor" | awk '{print $3}')
    jfr_started=
    if [ -n "${PAGES_JFR:-}" ] && [[ "$name" =~ $PAGES_JFR ]]; then
        jfr_started="$OUT/page-$(tr -c 'a-z0-9\n' '-' <<<"$name").jfr"
        jcmd "$APP_PID" JFR.start name=page settings=profile filename="$PWD/$jfr_started" >/dev/null
    fi
    result=$(run_wrk "$SECONDS_EACH" "$WORK/targets.$name")
    if [ -n "$jfr_started" ]; then
        jcmd "$APP_PID" JFR.stop name=page >/dev/null
        echo "    JFR recording: $jfr_started"
    fi
    echo "$name|$class|$floor|${result// /|}" >>"$WORK/results"
done <"$PAGES"
LOAD_AFTER=$(load)

stop_app
trap - EXIT

python3 - "$WORK/results" "$SECONDS_EACH" "$CONNECTIONS" "$LOAD_BEFORE" "$LOAD_AFTER" <<'EOF' | tee "$OUT/pages.md"
import csv, os, platform, statistics, subprocess, sys
results, seconds, connections, before, after = sys.argv[1:]
rows = list(csv.DictReader(open(results), delimiter="|"))
floors = [float(r["floor"]) for r in rows if r["floor"]]
floor = statistics.median(floors) if floors else 0
# Light, detail and heavy pages: the least share of the floor, and the most p50 ms.
targets = {"light": (0.06, 20), "detail": (0.03, 40), "heavy": (0.015, 90)}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
# The build measured: BENCH_JAR when given (another build than the working tree's), else the working tree's commit.
commit = os.environ.get("BENCH_JAR") or subprocess.run(["git", "describe", "--always", "--dirty"],
                                                        capture_output=True, text=True).stdout.strip()
print(f"Machine: {os.cpu_count()} CPUs ({cpu}), {java}; build {commit}")
print(f"Load average before {before}, after {after}; {connections} connections, {seconds} s a page and a floor")
print(f"Floor /login: median {floor:,.0f} req/s (runs from {min(floors, default=0):,.0f} to {max(floors, default=0):,.0f})")
print()
print("| Page | req/s | × /login | p50 ms | p99 ms | errors | target |")
print("|---|---:|---:|---:|---:|---:|---|")
for r in rows:
    rps, p50 = float(r["rps"]), float(r["p50"])
    share = rps / floor if floor else 0
    low, most = targets[r["class"]]
    met = share >= low and p50 <= most and int(r["errors"]) == 0
    mark = ("met" if met else "**missed**") + f" (≥ {low} ×, ≤ {most} ms)"
    print(f"| {r['name']} | {rps:,.0f} | {share:.3f} | {p50:.0f} | {float(r['p99']):.0f} | {r['errors']} | {mark} |")
EOF

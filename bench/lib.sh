# Shared by bench/seed.sh and bench/run.sh (sourced from the repository root).
#   BENCH_PORT       port of the application under test (default 8089, so a developer's 8080 stays free)
#   BENCH_DATA_DIR   embedded PostgreSQL data directory of the benchmark database (default data/bench-pg)
#   BENCH_FEEDERS    Gatling feeders written by seed.sh (default data/bench-feeders)
#   BENCH_PG_URL     with SPRING_DATASOURCE_URL (an external server): the same database for psql, as a libpq URI
#   BENCH_JAVA_OPTS  JVM options of the application (default -Xmx1g)
#   BENCH_JAR        run this application jar instead of packaging the working tree (e.g. an older build, to compare)

BENCH_PORT="${BENCH_PORT:-8089}"
BASE="http://localhost:$BENCH_PORT"
DATA_DIR="${BENCH_DATA_DIR:-data/bench-pg}"
FEEDERS="${BENCH_FEEDERS:-data/bench-feeders}"
PASSWORD="Demo@2025"
OUT="target/bench"
mkdir -p "$OUT"

build_jar() {
    if [ -n "${BENCH_JAR:-}" ]; then
        echo "Using $BENCH_JAR"
        return
    fi
    echo "Packaging the application (tests skipped)"
    ./mvnw -q -B -Dmaven.test.skip=true package
}

start_app() {
    if curl -s -o /dev/null "$BASE/login"; then
        echo "Port $BENCH_PORT is already answering: stop that server first" >&2
        exit 1
    fi
    local jar="${BENCH_JAR:-}"
    [ -n "$jar" ] || jar=$(ls target/kehoach-bdg-*.jar | grep -v -- '-plain' | head -1)
    echo "Starting $jar on $BASE (database: ${SPRING_DATASOURCE_URL:-embedded, $DATA_DIR}); log in $OUT/app.log"
    # shellcheck disable=SC2086
    java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$jar" --server.port="$BENCH_PORT" \
        --app.embedded-db.data-dir="$DATA_DIR" >"$OUT/app.log" 2>&1 &
    APP_PID=$!
    echo "$APP_PID" >"$OUT/app.pid"
    local waited
    for waited in $(seq 1 180); do
        # Ready once the administrator can sign in: the demo data is written after the server starts.
        if [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "$BASE/api/units?size=1")" = 200 ]; then
            echo "Ready after $waited s"
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -40 "$OUT/app.log" >&2
            echo "The application stopped while starting" >&2
            exit 1
        fi
        sleep 1
    done
    echo "The application did not start within 180 s" >&2
    exit 1
}

stop_app() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "Stopping the application (pid $APP_PID)"
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# psql on the benchmark database: the external one, or the embedded server's port from its pid file.
run_psql() {
    if [ -n "${BENCH_PG_URL:-}" ]; then
        psql -q -X -v ON_ERROR_STOP=1 "$BENCH_PG_URL" "$@"
    else
        local port
        port=$(sed -n 4p "$DATA_DIR/postmaster.pid")
        PGPASSWORD=$(cat "$DATA_DIR/superuser.password") \
            psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d kehoach "$@"
    fi
}

# Signs in through the login form (CSRF token from the page) and leaves the session cookie in a curl cookie jar.
login_cookie() {
    local user="$1" jar="$2" token
    rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$BASE/login"
}

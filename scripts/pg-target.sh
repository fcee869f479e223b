# Sourced by backup.sh and restore.sh: which PostgreSQL the application uses, as libpq environment variables.
#   SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/db), _USERNAME, _PASSWORD   an external server, as the app reads it
#   otherwise the embedded server of DATA_DIR (default ./data/pg, or APP_EMBEDDED_DB_DATA_DIR), which must be running
#   (the application started it): its port is in postmaster.pid, its password in superuser.password.
# Sets PGHOST, PGPORT, PGUSER, PGPASSWORD and DATABASE (the application's database).

resolve_target() {
    if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
        local rest="${SPRING_DATASOURCE_URL#jdbc:postgresql://}"
        rest="${rest%%\?*}"
        local hostport="${rest%%/*}"
        DATABASE="${rest#*/}"
        export PGHOST="${hostport%%:*}"
        if [ "$hostport" != "$PGHOST" ]; then export PGPORT="${hostport##*:}"; else export PGPORT=5432; fi
        export PGUSER="${SPRING_DATASOURCE_USERNAME:-$USER}"
        export PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
        return
    fi
    local dir="${DATA_DIR:-${APP_EMBEDDED_DB_DATA_DIR:-./data/pg}}"
    if [ ! -f "$dir/postmaster.pid" ]; then
        echo "The embedded PostgreSQL of $dir is not running: start the application first (or set SPRING_DATASOURCE_URL)" >&2
        exit 1
    fi
    if [ ! -r "$dir/superuser.password" ]; then
        echo "No $dir/superuser.password: start the application once with this version to create it" >&2
        exit 1
    fi
    export PGHOST=localhost
    PGPORT=$(sed -n 4p "$dir/postmaster.pid")
    export PGPORT
    export PGUSER=postgres
    PGPASSWORD=$(cat "$dir/superuser.password")
    export PGPASSWORD
    DATABASE="${APP_EMBEDDED_DB_DATABASE:-kehoach}"
}

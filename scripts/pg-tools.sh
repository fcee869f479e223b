#!/usr/bin/env bash
# Prints a directory holding pg_dump, pg_restore and psql of PostgreSQL 17 or newer, the version of the embedded
# server (an older pg_dump refuses to dump a newer server). Looked for in order:
#   $PG_BIN; /usr/lib/postgresql/{19,18,17}/bin; pg_dump on the PATH if new enough; the cache below; and, on Debian
#   or Ubuntu, fetched once into the cache: Debian 13's postgresql-client-17 and the libraries it needs (Debian 12
#   has only PostgreSQL 15), unpacked without installing anything and run with Debian 13's own loader.
# Cache: $KEHOACH_PG_TOOLS, else ${XDG_CACHE_HOME:-~/.cache}/kehoach/pg-tools-17.
set -euo pipefail

MAJOR=17
CACHE="${KEHOACH_PG_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/kehoach/pg-tools-$MAJOR}"

major_of() { # "pg_dump (PostgreSQL) 17.6 ..." -> 17
    "$1" --version 2>/dev/null | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p' | head -1
}

usable() {
    local dir="$1" v
    [ -x "$dir/pg_dump" ] && [ -x "$dir/pg_restore" ] || return 1
    v=$(major_of "$dir/pg_dump")
    [ -n "$v" ] && [ "$v" -ge "$MAJOR" ]
}

for dir in ${PG_BIN:+"$PG_BIN"} /usr/lib/postgresql/19/bin /usr/lib/postgresql/18/bin /usr/lib/postgresql/17/bin \
           "$(dirname "$(command -v pg_dump 2>/dev/null || echo /nonexistent/pg_dump)")" "$CACHE/bin"; do
    if usable "$dir"; then echo "$dir"; exit 0; fi
done

if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "No pg_dump $MAJOR or newer: install the PostgreSQL $MAJOR client tools, or set PG_BIN to their directory" >&2
    exit 1
fi

echo "Fetching PostgreSQL $MAJOR client tools (Debian 13 packages) into $CACHE" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
    >"$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-" -o "Dir::State::Lists=$work/lists"
          -o "Dir::Cache=$work/cache" -o "Dir::State::status=/dev/null" -o "Debug::NoLocking=1"
          -o "APT::Sandbox::User=$(id -un)")
apt-get "${apt_opts[@]}" -qq update >&2
# The client and the closure of what its libraries need; nothing of the host's is used.
packages=$(apt-cache "${apt_opts[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances --no-pre-depends libpq5 liblz4-1 libzstd1 zlib1g libreadline8t64 libc6 \
    | grep -E '^[a-z0-9]' | sort -u)
(cd "$work/debs" && apt-get "${apt_opts[@]}" -qq download "postgresql-client-$MAJOR" $packages >&2)

rm -rf "$CACHE.tmp"
mkdir -p "$CACHE.tmp/bin"
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$CACHE.tmp/root"; done
root="$CACHE.tmp/root"
loader=$(ls "$root"/usr/lib/*/ld-linux*.so.* 2>/dev/null | head -1)
libdir=$(dirname "$loader")
[ -n "$loader" ] || { echo "no loader in the fetched C library" >&2; exit 1; }
for tool in pg_dump pg_restore psql; do
    cat >"$CACHE.tmp/bin/$tool" <<WRAPPER
#!/bin/sh
# PostgreSQL $MAJOR's $tool from Debian 13, run with the C library it was built for (fetched by scripts/pg-tools.sh).
here=\$(cd "\$(dirname "\$0")/.." && pwd)
exec "\$here/root${loader#"$root"}" --library-path "\$here/root${libdir#"$root"}" \\
    "\$here/root/usr/lib/postgresql/$MAJOR/bin/$tool" "\$@"
WRAPPER
    chmod +x "$CACHE.tmp/bin/$tool"
done
usable "$CACHE.tmp/bin" || { echo "the fetched pg_dump does not run here" >&2; exit 1; }
rm -rf "$CACHE"
mv "$CACHE.tmp" "$CACHE"
echo "$CACHE/bin"

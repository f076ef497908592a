#!/usr/bin/env bash
# Registry import and search at 100,000 enterprises (issue 5).
#
# Import: release-builds RegistryBenchmark (Benchmarks/Package.swift), writes ROWS generated
# enterprises as an import CSV (fixed seed), and for ROUNDS rounds runs, each in
# its own process and in rotating order, `import` (the CSV through
# EnterpriseRepository.importTable: validation, records, indexes, ledger),
# `plain` (the same rows as a plain batched INSERT into a bare table in one
# transaction), `keyed` (as plain, into a table with the enterprise table's
# keys: UUID primary key, unique credit code, name index) and `bulk` (as keyed,
# through the store's own bulk path: values bound by the driver, COPY on
# PostgreSQL) on a fresh SQLite file; with DATABASE_URL set, also on a fresh
# PostgreSQL database created for the run. Prints median rows/s, peak memory
# (VmHWM) and the import's ratio to each reference (goal: at least 50%).
#
# Search: imports the same CSV with `permittrail import enterprises` into a
# fresh data folder, adds an auditor, starts `permittrail serve` on 127.0.0.1
# and times sequential keep-alive requests to GET /api/v1/enterprises?q= for a
# name part, a full credit code and a full licence number, with GET /health as
# the reference for what the client and HTTP cost (goal: p99 under 20 ms on
# SQLite). With DATABASE_URL set, the search runs on PostgreSQL too.
#
# Loopback only; bounded (about 10 minutes on SQLite after the builds); the
# server stops and the benchmark database is dropped on exit.
#
# Usage: Benchmarks/registry-benchmark.sh
# Settings (environment):
#   ROWS=100000           enterprises in the file
#   ROUNDS=3              import/plain rounds; search rounds (order rotated)
#   SEARCH_REQUESTS=3000  timed requests per search target, spread over the rounds
#   SEARCH_WARMUP=300     unrecorded requests per target first
#   APP_PORT=18090        the server's port
#   DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres?tlsmode=disable
#                         a PostgreSQL server to also measure on; the run creates
#                         and drops its own database there
#   PSQL=/usr/lib/postgresql/15/bin/psql
#   SKIP_BUILD=1          reuse the release binaries already built
#   SKIP_IMPORT=1 / SKIP_SEARCH=1   leave out one half
#   OUT_DIR=...           where the CSV, raw output and server logs go (default: a temp dir)
set -euo pipefail

ROWS=${ROWS:-100000}
ROUNDS=${ROUNDS:-3}
SEARCH_REQUESTS=${SEARCH_REQUESTS:-3000}
SEARCH_WARMUP=${SEARCH_WARMUP:-300}
APP_PORT=${APP_PORT:-18090}
PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
SKIP_BUILD=${SKIP_BUILD:-0}
SKIP_IMPORT=${SKIP_IMPORT:-0}
SKIP_SEARCH=${SKIP_SEARCH:-0}
PG_SERVER_URL=${DATABASE_URL:-}
HOST=127.0.0.1

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT_DIR=${OUT_DIR:-$(mktemp -d -t permittrail-registry-bench.XXXXXX)}
mkdir -p "$OUT_DIR"
WORK_DIR=$(mktemp -d -t permittrail-registry-data.XXXXXX)
APP_PID=""
PG_ADMIN_URL=""
PG_DATABASE=""

log() { printf '[registry-bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

stop_server() {
    local pid=$APP_PID i
    APP_PID=""
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    stop_server
    if [[ -n "$PG_DATABASE" ]]; then
        "$PSQL" "$PG_ADMIN_URL" -q -c "DROP DATABASE IF EXISTS $PG_DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v curl >/dev/null 2>&1 || die "curl is needed"
command -v python3 >/dev/null 2>&1 || die "python3 is needed"

# --- builds ----------------------------------------------------------------------
# The product from the repository's package, the benchmark from the
# benchmarks' own (Benchmarks/Package.swift), each in its own scratch folder.
SCRATCH_PATH=${SCRATCH_PATH:-$ROOT/.build-bench}
if [[ "$SKIP_BUILD" != 1 ]]; then
    log "release build of permittrail and RegistryBenchmark (scratch paths $SCRATCH_PATH, $SCRATCH_PATH-benchmarks)"
    swift build -c release --package-path "$ROOT" --product permittrail --scratch-path "$SCRATCH_PATH"
    swift build -c release --package-path "$ROOT/Benchmarks" --product RegistryBenchmark --scratch-path "$SCRATCH_PATH-benchmarks"
fi
APP_BIN="$(swift build -c release --package-path "$ROOT" --scratch-path "$SCRATCH_PATH" --show-bin-path)/permittrail"
BENCH_BIN="$(swift build -c release --package-path "$ROOT/Benchmarks" --scratch-path "$SCRATCH_PATH-benchmarks" --show-bin-path)/RegistryBenchmark"
[[ -x "$APP_BIN" ]] || die "missing $APP_BIN"
[[ -x "$BENCH_BIN" ]] || die "missing $BENCH_BIN"

# --- PostgreSQL: a database of our own on the given server -------------------------
# DATABASE_URL names the server; the run's database replaces its path. psql does
# not know the driver's query options (tlsmode), so it gets the URL without them.
BENCH_PG_URL=""
if [[ -n "$PG_SERVER_URL" ]]; then
    [[ -x "$PSQL" ]] || die "DATABASE_URL is set but $PSQL is missing"
    query=""
    [[ "$PG_SERVER_URL" == *\?* ]] && query="?${PG_SERVER_URL#*\?}"
    server=${PG_SERVER_URL%%\?*}
    server=${server%/*}
    PG_ADMIN_URL="$server/postgres"
    PG_DATABASE="permittrail_registry_bench_$$"
    "$PSQL" "$PG_ADMIN_URL" -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $PG_DATABASE" >/dev/null
    BENCH_PG_URL="$server/$PG_DATABASE$query"
    log "PostgreSQL: fresh database $PG_DATABASE"
fi

CSV="$OUT_DIR/enterprises-$ROWS.csv"
log "writing $ROWS generated enterprises to $CSV"
"$BENCH_BIN" csv "$ROWS" "$CSV"

median() { # numbers on stdin
    sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
med() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | median; }
field() { # name line -> value of name=value
    tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"
}
join_rounds() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | awk -v f="$2" '{ printf "%s" f, (NR > 1 ? ", " : ""), $1 }'; }

# --- import against plain insert ------------------------------------------------------
IMPORT_REPORT=""
measure_import() { # label database-url-or-empty
    local label=$1 url=$2 round mode line
    local -A RPS=() MEM=() SECS=() PARSE=()
    for round in $(seq 1 "$ROUNDS"); do
        local order=(import plain keyed bulk)
        case $(( round % 4 )) in
            2) order=(plain keyed bulk import) ;;
            3) order=(keyed bulk import plain) ;;
            0) order=(bulk import plain keyed) ;;
        esac
        for mode in "${order[@]}"; do
            line=$(DATABASE_URL="$url" "$BENCH_BIN" "$mode" "$CSV" | tee -a "$OUT_DIR/import-$label.txt" | tail -n 1)
            [[ "$line" == "$mode rows=$ROWS "* ]] || die "$label $mode: unexpected output: $line"
            RPS[$mode]+="$(field rows_per_s "$line") "
            SECS[$mode]+="$(field seconds "$line") "
            PARSE[$mode]+="$(field parse_s "$line") "
            MEM[$mode]+="$(awk -v k="$(field vmhwm_kib "$line")" 'BEGIN { printf "%.0f", k / 1024 }') "
            log "$label round $round/$ROUNDS  $line"
        done
    done
    local plain_rps keyed_rps bulk_rps
    plain_rps=$(med "${RPS[plain]}")
    keyed_rps=$(med "${RPS[keyed]}")
    bulk_rps=$(med "${RPS[bulk]}")
    for mode in plain keyed bulk import; do
        local rps ratio_plain ratio_keyed ratio_bulk name
        rps=$(med "${RPS[$mode]}")
        ratio_plain=$(awk -v a="$rps" -v b="$plain_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
        ratio_keyed=$(awk -v a="$rps" -v b="$keyed_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
        ratio_bulk=$(awk -v a="$rps" -v b="$bulk_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
        case $mode in
            plain) name='plain INSERT, bare table (reference)' ;;
            keyed) name='plain INSERT, with the enterprise keys (reference)' ;;
            bulk) name='with the enterprise keys, through the store'"'"'s bulk path (reference)' ;;
            import) name='import (write path)' ;;
        esac
        IMPORT_REPORT+=$(printf '| %s | %s | %.0f | %.2f | %.2f | %.0f | %s | %s | %s | %s |' "$label" "$name" \
            "$rps" "$(med "${SECS[$mode]}")" "$(med "${PARSE[$mode]}")" "$(med "${MEM[$mode]}")" "$ratio_plain" "$ratio_keyed" "$ratio_bulk" \
            "$(join_rounds "${RPS[$mode]}" '%.0f')")$'\n'
    done
}

if [[ "$SKIP_IMPORT" != 1 ]]; then
    log "import vs plain insert on SQLite, $ROUNDS rounds"
    measure_import SQLite ""
    if [[ -n "$BENCH_PG_URL" ]]; then
        log "import vs plain insert on PostgreSQL, $ROUNDS rounds"
        measure_import PostgreSQL "$BENCH_PG_URL"
    fi
fi

# --- search through the API --------------------------------------------------------------
SEARCH_REPORT=""
measure_search() { # label database-url-or-empty
    local label=$1 url=$2 data="$WORK_DIR/data-$1" started seconds password token_json token
    mkdir -p "$data"
    log "$label: permittrail import enterprises ($ROWS rows) into $data"
    while IFS=$'\t' read -r code name; do
        DATABASE_URL="$url" "$APP_BIN" districts add "$code" "$name" --data-dir "$data" >/dev/null
    done < <("$BENCH_BIN" districts)
    started=$(date +%s.%N)
    DATABASE_URL="$url" "$APP_BIN" import enterprises "$CSV" --data-dir "$data" >"$OUT_DIR/cli-import-$label.txt"
    seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    log "$label: CLI import took $seconds s ($(tail -n 1 "$OUT_DIR/cli-import-$label.txt"))"

    password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
    printf '%s\n' "$password" | DATABASE_URL="$url" "$APP_BIN" users add bench.auditor --role auditor --data-dir "$data" >/dev/null

    ! curl -s -o /dev/null --max-time 1 "http://$HOST:$APP_PORT/" || die "port $APP_PORT is in use"
    DATABASE_URL="$url" PERMITTRAIL_ENV=production "$APP_BIN" serve --hostname "$HOST" --port "$APP_PORT" --data-dir "$data" \
        >"$OUT_DIR/server-$label.log" 2>&1 &
    APP_PID=$!
    local i
    for i in $(seq 1 120); do
        kill -0 "$APP_PID" 2>/dev/null || die "server exited early; see $OUT_DIR/server-$label.log"
        curl -s -o /dev/null --max-time 1 "http://$HOST:$APP_PORT/health" && break
        (( i == 120 )) && die "server did not answer within 60 s"
        sleep 0.5
    done
    token_json=$(curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' \
        -d "{\"username\":\"bench.auditor\",\"password\":\"$password\"}" "http://$HOST:$APP_PORT/api/v1/auth/token")
    token=$(printf '%s' "$token_json" | sed -n 's/.*"token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
    [[ -n "$token" ]] || die "no token in: $token_json"

    SEARCH_REPORT+=$(python3 - "$HOST" "$APP_PORT" "$token" "$CSV" "$SEARCH_REQUESTS" "$SEARCH_WARMUP" "$ROUNDS" "$label" \
        2> >(tee -a "$OUT_DIR/search-$label.txt" >&2) <<'PY'
import csv, http.client, json, math, sys, time, urllib.parse

host, port, token, csv_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
requests, warmup, rounds, label = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]), sys.argv[8]

# A row from the middle of the file gives the code and the licence to look up.
with open(csv_path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
pick = next(r for r in body[len(body) // 2:] if r[header.index("许可证编号")])
code, licence = pick[header.index("统一社会信用代码")], pick[header.index("许可证编号")]
name_part = "精工"  # a word of the generator's list: in about one name in fifteen

targets = [
    ("`GET /health` (reference)", "/health", False, None),
    (f"name part `{name_part}`", "/api/v1/enterprises?q=" + urllib.parse.quote(name_part), True, 50),
    ("credit code", "/api/v1/enterprises?q=" + urllib.parse.quote(code), True, 1),
    ("licence number", "/api/v1/enterprises?q=" + urllib.parse.quote(licence), True, 1),
]
conn = http.client.HTTPConnection(host, port, timeout=30)

def get(path, auth):
    headers = {"Authorization": "Bearer " + token} if auth else {}
    start = time.perf_counter_ns()
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if response.status != 200:
        sys.exit(f"{path}: HTTP {response.status}: {body[:200]!r}")
    return elapsed, body

for name, path, auth, expected in targets:
    if expected is not None:
        found = len(json.loads(get(path, auth)[1]))
        if found != expected:
            sys.exit(f"{name}: {found} results, expected {expected}")
    for _ in range(warmup):
        get(path, auth)

samples = {t[0]: [] for t in targets}
per_round = max(1, requests // rounds)
for round_number in range(rounds):
    for i in range(len(targets)):
        name, path, auth, _ = targets[(i + round_number) % len(targets)]
        for _ in range(per_round):
            samples[name].append(get(path, auth)[0])

def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]

for name, *_ in targets:
    values = samples[name]
    p50, p99 = percentile(values, 50), percentile(values, 99)
    print(f"{label}: {name}: n={len(values)} p50={p50:.2f} ms p99={p99:.2f} ms max={max(values):.2f} ms", file=sys.stderr)
    print(f"| {label} | {name} | {len(values)} | {p50:.2f} | {p99:.2f} | {max(values):.2f} |")
PY
)$'\n'
    stop_server
}

if [[ "$SKIP_SEARCH" != 1 ]]; then
    measure_search SQLite ""
    if [[ -n "$BENCH_PG_URL" ]]; then measure_search PostgreSQL "$BENCH_PG_URL"; fi
fi

# --- report ----------------------------------------------------------------------------
echo
echo "PermitTrail registry benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $ROWS enterprises; raw output in $OUT_DIR"
if [[ -n "$IMPORT_REPORT" ]]; then
    echo
    echo "Import, $ROUNDS rounds, medians (each mode in its own process; timed from reading the file to the commit)"
    echo
    echo "| Database | Run | rows/s | seconds | of which CSV parsing, s | peak RSS MiB | ratio to bare | ratio to keyed | ratio to keyed, bulk path | rows/s per round |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    printf '%s' "$IMPORT_REPORT"
fi
if [[ -n "$SEARCH_REPORT" ]]; then
    echo
    echo "Search through the API, sequential keep-alive requests from one Python client, $ROUNDS rounds pooled"
    echo
    echo "| Database | Query | requests | p50 ms | p99 ms | max ms |"
    echo "| --- | --- | ---: | ---: | ---: | ---: |"
    printf '%s' "$SEARCH_REPORT"
fi

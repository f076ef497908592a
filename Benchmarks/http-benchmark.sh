#!/usr/bin/env bash
# HTTP throughput of PermitTrail next to a minimal Vapor hello world (issue 3).
#
# Release-builds both servers, starts them on 127.0.0.1, and for ROUNDS rounds
# runs `wrk --latency` against, in turn: the baseline's GET /, and PermitTrail's
# GET /health, GET /login and GET /api/v1/me (bearer token of the demo account
# city.admin). Prints the median requests/sec, p50 and p99 of every target and
# its ratio to the baseline's requests/sec. Loopback only; bounded in time
# (about ROUNDS x 4 x DURATION plus builds); both servers stop on exit.
#
# Usage: Benchmarks/http-benchmark.sh
# Settings (environment):
#   ROUNDS=5         rounds; each measures all four targets once, order rotated
#   DURATION=10s     wrk -d per measurement
#   THREADS=2        wrk -t
#   CONNECTIONS=32   wrk -c
#   WARMUP=3s        one unrecorded wrk run per target before round 1 (0 = none)
#   APP_PORT=18080   PermitTrail's port;  BASE_PORT=18081  the baseline's port
#   SKIP_BUILD=1     reuse the release binaries already built
#   OUT_DIR=...      where raw wrk output and server logs go (default: a temp dir)
set -euo pipefail

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-3s}
APP_PORT=${APP_PORT:-18080}
BASE_PORT=${BASE_PORT:-18081}
SKIP_BUILD=${SKIP_BUILD:-0}
HOST=127.0.0.1

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASELINE_DIR="$ROOT/Benchmarks/HelloVapor"
OUT_DIR=${OUT_DIR:-$(mktemp -d -t permittrail-bench.XXXXXX)}
mkdir -p "$OUT_DIR"
DATA_DIR=$(mktemp -d -t permittrail-bench-data.XXXXXX)
APP_PID=""
BASE_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

stop_server() { # pid
    local pid=$1 i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    stop_server "$APP_PID"
    stop_server "$BASE_PID"
    rm -rf "$DATA_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools ---------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk (Debian package)"
    if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y wrk
fi
command -v curl >/dev/null 2>&1 || die "curl is needed"

# --- builds ----------------------------------------------------------------------
if [[ "$SKIP_BUILD" != 1 ]]; then
    log "release build of permittrail (scratch path .build-bench)"
    (cd "$ROOT" && swift build -c release --product permittrail --scratch-path .build-bench)
    log "release build of the baseline (Benchmarks/HelloVapor/.build)"
    (cd "$BASELINE_DIR" && swift build -c release --product hello-vapor --scratch-path .build)
fi
APP_BIN="$(cd "$ROOT" && swift build -c release --scratch-path .build-bench --show-bin-path)/permittrail"
BASE_BIN="$(cd "$BASELINE_DIR" && swift build -c release --scratch-path .build --show-bin-path)/hello-vapor"
[[ -x "$APP_BIN" ]] || die "missing $APP_BIN"
[[ -x "$BASE_BIN" ]] || die "missing $BASE_BIN"

# --- servers ---------------------------------------------------------------------
port_free() { ! curl -s -o /dev/null --max-time 1 "http://$HOST:$1/"; }
wait_ready() { # url pid name
    local i
    for i in $(seq 1 120); do
        kill -0 "$2" 2>/dev/null || die "$3 exited early; see $OUT_DIR/$3.log"
        curl -s -o /dev/null --max-time 1 "$1" && return 0
        sleep 0.5
    done
    die "$3 did not answer within 60 s"
}
port_free "$APP_PORT" || die "port $APP_PORT is in use"
port_free "$BASE_PORT" || die "port $BASE_PORT is in use"

log "starting permittrail on $HOST:$APP_PORT (data in $DATA_DIR)"
PERMITTRAIL_ENV=production "$APP_BIN" serve --demo --hostname "$HOST" --port "$APP_PORT" --data-dir "$DATA_DIR" \
    >"$OUT_DIR/permittrail.log" 2>&1 &
APP_PID=$!
wait_ready "http://$HOST:$APP_PORT/health" "$APP_PID" permittrail

PASSWORD=$(awk '$1 == "city.admin" { print $2; exit }' "$DATA_DIR/demo-accounts.txt")
[[ -n "$PASSWORD" ]] || die "no password for city.admin in demo-accounts.txt"
TOKEN_JSON=$(curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"city.admin\",\"password\":\"$PASSWORD\"}" "http://$HOST:$APP_PORT/api/v1/auth/token")
TOKEN=$(printf '%s' "$TOKEN_JSON" | sed -n 's/.*"token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
[[ -n "$TOKEN" ]] || die "no token in: $TOKEN_JSON"

log "starting the baseline on $HOST:$BASE_PORT"
"$BASE_BIN" "$BASE_PORT" >"$OUT_DIR/hello-vapor.log" 2>&1 &
BASE_PID=$!
wait_ready "http://$HOST:$BASE_PORT/" "$BASE_PID" hello-vapor

# --- targets ---------------------------------------------------------------------
NAMES=(baseline health login me)
declare -A LABEL=(
    [baseline]="baseline GET / (hello world)"
    [health]="GET /health"
    [login]="GET /login"
    [me]="GET /api/v1/me (bearer)"
)
declare -A URL=(
    [baseline]="http://$HOST:$BASE_PORT/"
    [health]="http://$HOST:$APP_PORT/health"
    [login]="http://$HOST:$APP_PORT/login"
    [me]="http://$HOST:$APP_PORT/api/v1/me"
)
declare -A HEADER=([me]="Authorization: Bearer $TOKEN")

curl_args() { # name -> args for curl/wrk header
    if [[ -n "${HEADER[$1]:-}" ]]; then printf '%s\n' -H "${HEADER[$1]}"; fi
}
for name in "${NAMES[@]}"; do
    mapfile -t extra < <(curl_args "$name")
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${extra[@]}" "${URL[$name]}")
    [[ "$code" == 200 ]] || die "${URL[$name]} answered $code, not 200"
done

run_wrk() { # name duration outfile
    local name=$1 duration=$2 out=$3
    mapfile -t extra < <(curl_args "$name")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 5s --latency "${extra[@]}" "${URL[$name]}" >"$out"
    if grep -q -e 'Non-2xx or 3xx responses' -e 'Socket errors' "$out"; then
        log "warning: ${LABEL[$name]}: $(grep -e 'Non-2xx' -e 'Socket errors' "$out" | tr -s ' ' | tr '\n' ';')"
    fi
}
to_ms() { # wrk duration such as 812.00us, 1.23ms, 1.01s -> milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.3f", n }'
}
median() { # numbers on stdin
    sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

if [[ "$WARMUP" != 0 ]]; then
    log "warm-up: $WARMUP per target"
    for name in "${NAMES[@]}"; do run_wrk "$name" "$WARMUP" "$OUT_DIR/warmup-$name.txt"; done
fi

declare -A RPS P50 P99
count=${#NAMES[@]}
for round in $(seq 1 "$ROUNDS"); do
    for i in $(seq 0 $((count - 1))); do
        name=${NAMES[$(((i + round - 1) % count))]}
        out="$OUT_DIR/round$round-$name.txt"
        run_wrk "$name" "$DURATION" "$out"
        rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
        p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
        p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
        [[ -n "$rps" ]] || die "could not parse $out"
        RPS[$name]+="$rps "; P50[$name]+="$p50 "; P99[$name]+="$p99 "
        log "round $round/$ROUNDS  $(printf '%-30s' "${LABEL[$name]}") $(printf '%10.0f' "$rps") req/s  p50 ${p50} ms  p99 ${p99} ms"
    done
done

# --- report ----------------------------------------------------------------------
med() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | median; }
base_rps=$(med "${RPS[baseline]}")
echo
echo "PermitTrail HTTP benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores shared by wrk and the servers"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS rounds, medians; raw output in $OUT_DIR"
echo
echo "| Endpoint | req/s (median) | p50 ms | p99 ms | ratio to baseline | req/s per round |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
for name in "${NAMES[@]}"; do
    rps=$(med "${RPS[$name]}")
    ratio=$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
    rounds=$(tr ' ' '\n' <<<"${RPS[$name]}" | sed '/^$/d' | awk '{ printf "%s%.0f", (NR > 1 ? ", " : ""), $1 }')
    printf '| %s | %.0f | %.2f | %.2f | %s | %s |\n' "${LABEL[$name]}" "$rps" \
        "$(med "${P50[$name]}")" "$(med "${P99[$name]}")" "$ratio" "$rounds"
done

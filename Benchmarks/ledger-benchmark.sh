#!/usr/bin/env bash
# Ledger benchmarks of issue 4, each next to a reference measured in the same run:
#   - appends/s with a durable commit per append (the real write path) against
#     plain one-row durable INSERTs into the same database, on SQLite and, when
#     DATABASE_URL is set, on PostgreSQL;
#   - inclusion and consistency proof latency p50/p99 at ENTRIES entries;
#   - fsck of ENTRIES entries against raw SHA-256 over the bytes fsck hashes.
# Release-builds LedgerBenchmark from the benchmarks' own package
# (Benchmarks/Package.swift; scratch path $SCRATCH_PATH) and runs it;
# progress goes to stderr, the result table (Markdown) to stdout.
# SQLite lives in a temporary folder, PostgreSQL in a fresh schema; both are
# removed on exit. About 5 minutes per database after the build at 10^6 entries.
#
# Usage: [DATABASE_URL=postgres://…?tlsmode=disable] Benchmarks/ledger-benchmark.sh
# Settings (environment):
#   ENTRIES=1000000  log size for proofs and fsck (filled BATCH entries per transaction)
#   ROUNDS=5         append rounds; each times APPENDS ledger appends and APPENDS plain inserts
#   APPENDS=2000
#   PROOFS=2000      timed inclusion proofs, and as many consistency proofs
#   FSCK_ROUNDS=3
#   BATCH=10000
#   DATABASE_URL=    PostgreSQL to benchmark as well (skipped when unset)
#   SKIP_BUILD=1     reuse the release binary already built
#   SCRATCH_PATH=    the build folder (default: .build-bench in the repository)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SKIP_BUILD=${SKIP_BUILD:-0}
WORK_DIR=$(mktemp -d -t permittrail-ledger-bench.XXXXXX)
export WORK_DIR
trap 'rm -rf "$WORK_DIR"' EXIT
trap 'exit 130' INT TERM

log() { printf '[ledger-bench] %s\n' "$*" >&2; }

SCRATCH_PATH=${SCRATCH_PATH:-$ROOT/.build-bench}
if [[ "$SKIP_BUILD" != 1 ]]; then
    log "release build of LedgerBenchmark (scratch path $SCRATCH_PATH)"
    swift build -c release --package-path "$ROOT/Benchmarks" --product LedgerBenchmark --scratch-path "$SCRATCH_PATH"
fi
BIN="$(swift build -c release --package-path "$ROOT/Benchmarks" --scratch-path "$SCRATCH_PATH" --show-bin-path)/LedgerBenchmark"
[[ -x "$BIN" ]] || { log "error: missing $BIN"; exit 1; }

CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
echo "PermitTrail ledger benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "$(nproc) cores ($CPU), $MEM; work folder on $(df -P "$WORK_DIR" | awk 'NR == 2 { print $1 }')"
echo "ENTRIES=${ENTRIES:-1000000} ROUNDS=${ROUNDS:-5} APPENDS=${APPENDS:-2000} PROOFS=${PROOFS:-2000} FSCK_ROUNDS=${FSCK_ROUNDS:-3} PostgreSQL: $([[ -n "${DATABASE_URL:-}" ]] && echo yes || echo skipped)"
echo
"$BIN"

#!/usr/bin/env bash
# Issue 16's evidence figures: a 2 GiB tus upload over loopback against the
# disk's raw sequential write, the server's peak memory above idle during it,
# and the time to re-hash every stored blob. Needs a release build:
#   swift build -c release --product permittrail && Benchmarks/scripts/upload-2gib.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/release/permittrail}
DATA=$(mktemp -d -p "${BENCH_DIR:-$PWD/.build}")
PORT=${PORT:-18123}
SIZE=$((2 << 30))
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
head -c $SIZE /dev/urandom >"$DATA/file.bin"
sync
start=$(date +%s.%N); dd if="$DATA/file.bin" of="$DATA/raw.bin" bs=4M conv=fdatasync status=none; end=$(date +%s.%N)
raw=$(echo "$SIZE / ($end - $start) / 1048576" | bc -l); rm "$DATA/raw.bin"
$BIN serve --demo --port $PORT --data-dir "$DATA/server" --max-upload-size $((3 << 30)) >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
password=$(awk '$1=="pudong.officer"{print $2}' "$DATA/server/demo-accounts.txt")
token=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"pudong.officer\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
idle=$(awk '/VmRSS/{print $2}' /proc/$SERVER/status)
location=$(curl -sf -D - -o /dev/null -X POST "http://127.0.0.1:$PORT/api/v1/uploads" -H "Authorization: Bearer $token" \
  -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $SIZE" | awk -F': ' 'tolower($1)=="location"{print $2}' | tr -d '\r')
start=$(date +%s.%N)
curl -sf -X PATCH "http://127.0.0.1:$PORT$location" -H "Authorization: Bearer $token" -H 'Tus-Resumable: 1.0.0' \
  -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' -H 'Expect:' -T "$DATA/file.bin" -o /dev/null
end=$(date +%s.%N)
upload=$(echo "$SIZE / ($end - $start) / 1048576" | bc -l)
peak=$(awk '/VmHWM/{print $2}' /proc/$SERVER/status)
start=$(date +%s.%N); find "$DATA/server/evidence/blobs" -type f -exec sha256sum {} + >/dev/null; end=$(date +%s.%N)
printf 'raw sequential write %.0f MB/s\ntus upload %.0f MB/s (%.0f%% of raw)\npeak RSS %d MB above idle (%d MB idle)\nre-hash of stored blobs (2 GiB) %.1f s\n' \
  "$raw" "$upload" "$(echo "$upload * 100 / $raw" | bc -l)" $(((peak - idle) / 1024)) $((idle / 1024)) "$(echo "$end - $start" | bc -l)"

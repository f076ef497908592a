#!/usr/bin/env bash
# Issue 18: the draw and matching for 100,000 enterprises and 5,000 inspectors,
# next to MD5 of as many keys, in one release-built process.
#   Benchmarks/draw-benchmark.sh [ENTERPRISES] [INSPECTORS]
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product DrawBenchmark >/dev/null
"$(swift build -c release --show-bin-path)/DrawBenchmark" "${1:-100000}" "${2:-5000}"

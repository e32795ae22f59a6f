#!/usr/bin/env bash
# Backtest throughput: a generated export of 1,000,000 comments (100,000 tickets x 10), the whole default
# configuration, heap capped at 512 MB. Not part of `mvn verify`. Usage: bench/backtest-throughput.sh [tickets]
# Prints the backtest's own --stats line (time, comments/s, peak heap) and GNU time's wall clock and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
TICKETS="${1:-100000}"
WORK="${BACKTEST_BENCH_DIR:-/tmp/guardrails-backtest-bench}"
JAR=guardrails-cli/target/guardrails.jar
[ -f "$JAR" ] || mvn -B -q package -DskipTests
if [ ! -f "$WORK/export/.tickets-$TICKETS" ]; then
  rm -rf "$WORK/export"
  java -jar "$JAR" generate-export --out "$WORK/export" --tickets "$TICKETS" --comments-per-ticket 10 \
    --page-size 100 --compact --seed 1
  touch "$WORK/export/.tickets-$TICKETS"
fi
du -sh "$WORK/export"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
TIMER=()
command -v /usr/bin/time >/dev/null && TIMER=(/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB")
"${TIMER[@]}" java -Xmx512m -jar "$JAR" backtest "$WORK/export" --html "$WORK/report.html" --json "$WORK/result.json" \
  --no-progress --stats > "$WORK/summary.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
head -8 "$WORK/summary.txt"

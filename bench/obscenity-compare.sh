#!/usr/bin/env bash
# Whole-process speed of `guardrails scan` against the obscenity npm library (RegExpMatcher, English dataset,
# recommended transformers) over the same lines on the same machine. Not part of `mvn verify`; downloads nothing.
#
# Prerequisites, once:  mvn -B -q package -DskipTests   and   (cd bench/obscenity && npm ci)
# Usage:                bench/obscenity-compare.sh [LINES, default 1000000]
# Input: OLID tweets and the helpdesk test set, cycled to LINES lines (one message per line).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-1000000}
SHARED=${GUARDRAILS_SHARED:-../shared}
JAR=guardrails-cli/target/guardrails.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -d bench/obscenity/node_modules/obscenity ] || { echo "install first: (cd bench/obscenity && npm ci)" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
{ tail -n +2 "$SHARED/data/abuse/olid-train.tsv" | cut -f2
  grep -v '^#' guardrails-core/src/test/resources/com/serviceguardrails/abuse/helpdesk-set.tsv | cut -f5
} > "$WORK/base.txt"
awk -v n="$LINES" '{ line[NR] = $0 } END { for (i = 0; i < n; i++) print line[i % NR + 1] }' "$WORK/base.txt" > "$WORK/input.txt"
echo "input: $(wc -l < "$WORK/input.txt") lines, $(du -h "$WORK/input.txt" | cut -f1)"

run() {   # name, command...: wall-clock seconds of the whole process, output lines, lines flagged offensive
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" < "$WORK/input.txt" > "$WORK/$name.out"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l > "$WORK/$name.seconds"
  printf '%-10s %8.2f s  %d lines out  %d offensive\n' "$name" "$(cat "$WORK/$name.seconds")" \
    "$(wc -l < "$WORK/$name.out")" "$(grep -c '"offensive":true' "$WORK/$name.out" || true)"
}

run guardrails java -jar "$JAR" scan
run obscenity node bench/obscenity/scan.js
printf 'guardrails scan is %.1fx faster than obscenity (whole process, same lines)\n' \
  "$(echo "$(cat "$WORK/obscenity.seconds") / $(cat "$WORK/guardrails.seconds")" | bc -l)"

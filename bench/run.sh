#!/usr/bin/env bash
# The benchmark in one command: bench/run.sh [SCALES]   (default 1000,10000,100000 documents)
# Builds the jar if needed, installs wrk when absent, then runs bench/src/Bench.java, which prints
# the table, writes bench/results/<time>.json and updates docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ ! -f backend/target/themescope.jar ]; then
  ./mvnw -B -q -DskipTests package
fi
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
exec "${JAVA_HOME}/bin/java" -cp bench/src bench/src/Bench.java "${1:-1000,10000,100000}"

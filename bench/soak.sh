#!/usr/bin/env bash
# The soak in one command: bench/soak.sh [MINUTES] [reads-only]   (default 12 minutes, mixed load)
# Builds the jar if needed, then runs bench/src/Soak.java: a fresh backend (-Xmx512m) with 5,000
# synthetic documents under a mixed load from 16 loopback clients for MINUTES, sampling its memory,
# threads and open files every 10 s. Prints the table and the verdict, writes
# bench/results/soak-<time>.json and updates docs/reliability.md. Exits non-zero on any 5xx, any
# request without an answer within 30 s, or memory that is not flat. reads-only leaves the writer
# out, as a control, and does not touch docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
is_jdk25() { [ -x "$1/bin/java" ] && [ -x "$1/bin/jcmd" ] && "$1/bin/java" -version 2>&1 | grep -q 'version "25'; }
if [ -z "${JAVA_HOME:-}" ] || ! is_jdk25 "${JAVA_HOME}"; then
  # JAVA_HOME unset or not a JDK 25: try the java on PATH
  candidate="$(dirname "$(dirname "$(readlink -f "$(command -v java || echo /nonexistent)")")")"
  if is_jdk25 "${candidate}"; then
    export JAVA_HOME="${candidate}"
  else
    echo "soak: needs a JDK 25 (java and jcmd); set JAVA_HOME to one" >&2
    exit 2
  fi
fi
if [ ! -f backend/target/themescope.jar ]; then
  ./mvnw -B -q -DskipTests package
fi
exec "${JAVA_HOME}/bin/java" -cp bench/src bench/src/Soak.java "${1:-12}" ${2:+"$2"}

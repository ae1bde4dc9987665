#!/usr/bin/env bash
# Fetches the embedded ClickHouse engine (chDB's shared library, from the npm registry) into the
# user's cache, verifies it against the pinned integrity hash, and does nothing on later runs.
# Usage: scripts/fetch-engine.sh [VERSION]    Cache root: $THEMESCOPE_CACHE (default ~/.cache/themescope)
set -euo pipefail

version="${1:-26.5.3}"
cache_root="${THEMESCOPE_CACHE:-$HOME/.cache/themescope}"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)
    if ldd --version 2>&1 | grep -qi musl; then
      echo "ThemeScope: no chDB build for musl libc; use server mode (THEMESCOPE_CLICKHOUSE_MODE=server)" >&2; exit 1
    fi
    platform="linux-x64-gnu" ;;
  Linux-aarch64) platform="linux-arm64-gnu" ;;
  Darwin-arm64)  platform="darwin-arm64" ;;
  *) echo "ThemeScope: no chDB build known for $(uname -s)-$(uname -m); use server mode (THEMESCOPE_CLICKHOUSE_MODE=server)" >&2; exit 1 ;;
esac

case "$(uname -s)" in Darwin) libname="libchdb.dylib" ;; *) libname="libchdb.so" ;; esac
package="@chdb/lib-${platform}"
target="${cache_root}/chdb/${version}/${platform}"
marker="${target}/.verified"

if [ -f "${marker}" ] && [ -f "${target}/${libname}" ]; then
  echo "ThemeScope: embedded engine ${package}@${version} already cached (${libname}), no download"
  exit 0
fi

# integrity hashes of the pinned packages as published by the registry
declare -A pinned=(
  ["@chdb/lib-linux-x64-gnu@26.5.3"]="sha512-fPrLmRt5Moor9yGz4mazbrNje4t7X9KB2mTGkXFWRxRBs2iKy8yh6jx11xsa0Qr3iDFMU/yHqd+bVdYJXu3QaQ=="
)

if ! command -v npm >/dev/null 2>&1; then
  echo "ThemeScope: npm is needed once to fetch the embedded engine (${package}@${version})." >&2
  echo "  Install Node.js/npm and re-run the build, or build with -Dthemescope.engine.skip=true and use server mode." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
echo "ThemeScope: fetching embedded engine ${package}@${version} with npm (about 170 MB, once)"
(cd "${work}" && npm pack --silent --json "${package}@${version}" > pack.json)
integrity="$(sed -n 's/.*"integrity": *"\([^"]*\)".*/\1/p' "${work}/pack.json" | head -n 1)"
tarball="$(ls "${work}"/*.tgz | head -n 1)"
actual="sha512-$(openssl dgst -sha512 -binary "${tarball}" | base64 -w0 2>/dev/null || openssl dgst -sha512 -binary "${tarball}" | base64)"
if [ "${actual}" != "${integrity}" ]; then
  echo "ThemeScope: integrity check failed for ${package}@${version}" >&2; exit 1
fi
expected="${pinned["${package}@${version}"]:-}"
if [ -n "${expected}" ] && [ "${actual}" != "${expected}" ]; then
  echo "ThemeScope: ${package}@${version} does not match the pinned integrity hash" >&2; exit 1
fi
mkdir -p "${work}/x"
tar -xzf "${tarball}" -C "${work}/x"
mkdir -p "${target}"
mv -f "${work}/x/package/${libname}" "${target}/${libname}.part"
mv -f "${target}/${libname}.part" "${target}/${libname}"
printf '%s %s\n' "${package}@${version}" "${actual}" > "${marker}"
echo "ThemeScope: embedded engine cached in the user cache (chdb/${version}/${platform})"

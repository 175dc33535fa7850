#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, idempotently (apt-get works as root here).
set -euo pipefail
need=()
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "missing: ${need[*]} (run as root or install them)"; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

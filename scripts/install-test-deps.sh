#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond the .NET SDK, idempotently (apt-get works as root here):
# a local PostgreSQL for the scale-out tests and Debian's Chromium for the browser test (Playwright drives it; no
# browser download). Prints the connection string to use as DSB_TEST_POSTGRES on stdout, and nothing else there:
# everything the tools print goes to stderr (pg_ctlcluster, for one, reports "removed stale pid file." on stdout).
set -euo pipefail
exec 3>&1 1>&2
log() { echo "[test-deps] $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster "$version" main start 3>&- # the server must not inherit (and hold open) the caller's stdout
fi
for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 && break; sleep 0.2; done
as_root su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname = 'dsb_test'\" | grep -q 1 || psql -q -c \"CREATE ROLE dsb_test LOGIN PASSWORD 'dsb_test' CREATEDB\""
# The tests drop their databases WITH (FORCE), which ends any session still on them: the test role may signal them.
as_root su postgres -c "psql -q -c \"GRANT pg_signal_backend TO dsb_test\""
echo "Host=127.0.0.1;Username=dsb_test;Password=dsb_test;Database=postgres" >&3

#!/usr/bin/env bash
# Load test of POST /api/messages, side by side with the official Bot Framework JS SDK peer, in one run.
#
#   bench/run.sh             full run (~12 min): C=16 and C=64, warm-up, 3 measured runs each, both targets
#   QUICK=1 bench/run.sh     smoke run (~2 min), numbers not meaningful
#
# Uses the peer bot, load generator and channel sink of ../shared/peerbench (PEERBENCH=<dir> to point elsewhere):
# the same closed-loop load (C conversations at a time, 3 messages each, in order) drives both bots, replies go
# to the same local sink standing in for the channel's serviceUrl. Every DarkSocialBot turn is durably stored
# (SQLite WAL, a fresh database per run) before it is acknowledged; the peer keeps state in memory only.
# Server pinned to CPU 0, load generator and sink to CPU 1 (PIN=0: no pinning, everything shares both cores).
# All traffic stays on 127.0.0.1.
# Environment: CONCURRENCY ["16 64"], RUNS [3], WARMUP_S [60], N [conversations per run, 6000], PEER_N [2000],
#              BENCH_WORK [/tmp/dsb-bench], SKIP_PEER [0], PIN [1].
# The warm-up is 60 s because on one core the runtime is still recompiling hot methods (tier 1) until about 55 s under
# this load (dotnet-counters: JIT time 4-11 % of the core from 24 to 54 s, none after).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PEERBENCH="${PEERBENCH:-$ROOT/../shared/peerbench}"
WORK="${BENCH_WORK:-/tmp/dsb-bench}"
QUICK="${QUICK:-0}"
if [[ "$QUICK" == 1 ]]; then RUNS="${RUNS:-1}"; WARMUP_S="${WARMUP_S:-5}"; N="${N:-1000}"; PEER_N="${PEER_N:-300}"; fi
CONCURRENCY="${CONCURRENCY:-16 64}"; RUNS="${RUNS:-3}"; WARMUP_S="${WARMUP_S:-60}"; N="${N:-6000}"; PEER_N="${PEER_N:-2000}"
HOST=127.0.0.1; BOT_PORT=3978; SINK_PORT=3979
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in node npm dotnet python3; do command -v "$tool" >/dev/null || die "$tool not found"; done
[[ -f "$PEERBENCH/loadgen.js" ]] || die "peer bench not found at $PEERBENCH (set PEERBENCH)"
if [[ "${PIN:-1}" != 0 ]] && command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then PIN_BOT=(taskset -c 0); PIN_LOAD=(taskset -c 1); else PIN_BOT=(); PIN_LOAD=(); fi

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
wait_port() { for _ in $(seq 1 300); do port_open "$1" && return 0; kill -0 "$2" 2>/dev/null || return 1; sleep 0.1; done; return 1; }
PIDS=()
stop_pid() { kill "$1" 2>/dev/null || true; for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done; kill -9 "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
cleanup() { for pid in "${PIDS[@]}"; do stop_pid "$pid"; done; }
trap cleanup EXIT
for p in $BOT_PORT $SINK_PORT; do port_open "$p" && die "port $p is in use"; done

mkdir -p "$WORK/app" "$WORK/logs" "$WORK/db"
RESULTS="$WORK/results.jsonl"; : >"$RESULTS"
cp "$PEERBENCH"/package.json "$PEERBENCH"/package-lock.json "$PEERBENCH"/loadgen.js "$PEERBENCH"/sink.js "$PEERBENCH"/peer-bot.js "$WORK/app/"
log "npm ci (peer bot, load generator)"
(cd "$WORK/app" && npm_config_yes=true npm ci --no-audit --no-fund >"$WORK/logs/npm.log" 2>&1) || die "npm ci failed (see $WORK/logs/npm.log)"
log "dotnet publish DarkSocialBot (Release)"
dotnet publish "$ROOT/src/DarkSocialBot" -c Release -o "$WORK/bot" --disable-build-servers >"$WORK/logs/publish.log" 2>&1 || die "publish failed"

(cd "$WORK/app" && exec "${PIN_LOAD[@]}" node sink.js) >"$WORK/logs/sink.log" 2>&1 &
SINK_PID=$!; PIDS+=("$SINK_PID"); wait_port $SINK_PORT $SINK_PID || die "sink did not start"
sink_total() { curl -s "http://$HOST:$SINK_PORT/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

start_server() { # target concurrency
    local logf="$WORK/logs/$1-c$2.log"
    if [[ "$1" == darksocialbot ]]; then
        rm -f "$WORK"/db/*
        (cd "$WORK/bot" && Storage__ConnectionString="Data Source=$WORK/db/bench.db" Logging__LogLevel__Default=Warning \
            Urls="http://$HOST:$BOT_PORT" exec "${PIN_BOT[@]}" dotnet DarkSocialBot.dll) >"$logf" 2>&1 &
    else
        (cd "$WORK/app" && exec "${PIN_BOT[@]}" node peer-bot.js) >"$logf" 2>&1 &
    fi
    SERVER_PID=$!; PIDS+=("$SERVER_PID"); wait_port $BOT_PORT $SERVER_PID || { tail "$logf" >&2; die "$1 did not start"; }
}

loadgen() { # target conversations concurrency seconds tag
    "${PIN_LOAD[@]}" node "$WORK/app/loadgen.js" --url "http://$HOST:$BOT_PORT/api/messages" \
        --service-url "http://$HOST:$SINK_PORT" --sink "http://$HOST:$SINK_PORT" --conversations "$2" --concurrency "$3" \
        --turns 3 --max-seconds "$4" --tag "$5" --label "$1" --server-pid "$SERVER_PID" --sink-pid "$SINK_PID" --json
}

for target in darksocialbot peer; do
    [[ "$target" == peer && "${SKIP_PEER:-0}" == 1 ]] && continue
    n=$N; [[ "$target" == peer ]] && n=$PEER_N
    for c in $CONCURRENCY; do
        log "$target C=$c: fresh process, ${WARMUP_S}s warm-up"
        start_server "$target" "$c"
        loadgen "$target" 100000000 "$c" "$WARMUP_S" "warm-$target-$c" >/dev/null
        for r in $(seq 1 "$RUNS"); do
            before=$(sink_total); last=-1
            line=$(loadgen "$target" "$n" "$c" 300 "run$r-$target-$c")
            # Replies are sent after the turn is saved, by the dispatcher: give them a moment to land, then count.
            for _ in $(seq 1 50); do sleep 0.1; now=$(sink_total); [[ "$now" == "$last" ]] 2>/dev/null && break; last=$now; done
            delivered=$(( $(sink_total) - before ))
            echo "$line" | python3 -c 'import json,sys; r=json.load(sys.stdin); r["delivered"]=int(sys.argv[1]); print(json.dumps(r))' "$delivered" | tee -a "$RESULTS" \
                | python3 "$HERE/summarize.py" --line >&2
        done
        stop_pid "$SERVER_PID"
    done
done

python3 "$HERE/summarize.py" "$RESULTS"

#!/usr/bin/env bash
# The HTTP benchmark: requests per second and latency of a provision page and an API call next to the trivial
# GET /ping of the same server, in the same run, with the caches off and on. See bench/README.md.
#
#   bench/http/run.sh [--duration 20s] [--runs 3] [--connections 32] [--caches "off on"] [--ota DIR]
#                     [--document SLUG/TYPE] [--provision ID] [--out FILE] [--keep] [--no-build]
#
# Server and load generator share the machine, each pinned to one core with taskset (server on core 1, wrk on
# core 0). The endpoints: ping, the provision page, the same page with a session cookie (so never from the output
# cache: what a signed-in member is served) and the API call with a read key. Each cache setting gets a fresh server
# on a port of its own choosing; the endpoints alternate within every round, rounds repeat --runs times and the
# median of each figure is reported.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
duration=20s runs=3 connections=32 caches="off on" warmup=5s
ota="$root/../shared/data/ota-pga" document="" provision="" out="$here/results.json" keep=0 build=1
server_core=1 client_core=0

while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) duration=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --caches) caches=$2; shift 2 ;;
        --ota) ota=$2; shift 2 ;;
        --document) document=$2; shift 2 ;;
        --provision) provision=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-build) build=0; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

for tool in wrk taskset curl jq sqlite3 sha256sum openssl; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed" >&2; exit 2; }
done
[[ $(nproc --all) -ge 2 ]] || { echo "error: two cores are needed (server and load generator on one each)" >&2; exit 2; }

work=$(mktemp -d /tmp/clauseline-httpbench.XXXXXX)
server_pid=""

stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}

cleanup() {
    stop_server
    if [[ $keep == 1 ]]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# 1. Build Release and copy it, so other builds in the tree cannot change the binary under the benchmark.
if [[ $build == 1 ]]; then
    log "building Release"
    (cd "$root" && flock /tmp/clauseline-build.lock dotnet build src/Clauseline.App -c Release -v q -nologo | tail -3) >&2
fi
cp -a "$root/src/Clauseline.App/bin/Release/net10.0" "$work/app"
app="$work/app/clauseline"
data="$work/data"

# 2. Seed the archive: the Open Terms Archive sample when present, else the fixture agreement in three versions.
if [[ ! -d "$ota" ]]; then
    log "no dataset at $ota: seeding the fixture agreement"
    ota="$work/ota"
    folder="$ota/Quillmere Ledger/Terms of Service"
    mkdir -p "$folder"
    cp "$here/fixture/terms.md" "$folder/2026-01-10T09-00-00Z.md"
    sed -e 's/thirty (30) days/fourteen (14) days/' "$here/fixture/terms.md" >"$folder/2026-03-02T09-00-00Z.md"
    sed -e 's/thirty (30) days/fourteen (14) days/' -e 's/twelve (12) months/six (6) months/' \
        -e 's/may suspend/may suspend or terminate/' "$here/fixture/terms.md" >"$folder/2026-05-18T09-00-00Z.md"
    document=${document:-quillmere-ledger/terms-of-service}
fi
document=${document:-facebook/terms-of-service}
log "importing $ota"
"$app" --data "$data" import ota "$ota" >&2

# 3. An organisation and a read-only API key, written as the accounts code writes them: the key is
#    cl_<prefix>_<secret>, only its SHA-256 (lower-case hex) is stored (src/Clauseline/Storage/Store.ApiKeys.cs).
now=$(date -u +"%Y-%m-%d %H:%M:%S.000+00:00")
prefix=$(openssl rand -hex 6)
key="cl_${prefix}_$(openssl rand -hex 24)"
hash=$(printf %s "$key" | sha256sum | cut -d' ' -f1)
sqlite3 "$data/clauseline.db" <<SQL
INSERT INTO organisations (slug, name, feed_token, created_at) VALUES ('http-bench', 'HTTP Bench Ltd', '$(openssl rand -hex 16)', '$now');
INSERT INTO api_keys (organisation_id, name, prefix, key_hash, scope, created_at)
VALUES ((SELECT id FROM organisations WHERE slug = 'http-bench'), 'http bench', '$prefix', '$hash', 'read', '$now');
SQL

start_server() { # $1: true or false for the output cache
    local listening=""
    log "starting the server (cache $1) on core $server_core"
    CLAUSELINE_Api__RateLimit__Enabled=false CLAUSELINE_Web__OutputCache__Enabled=$1 \
        taskset -c "$server_core" "$app" --data "$data" serve --no-scheduler --urls http://127.0.0.1:0 \
        >"$work/serve-$1.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 600); do
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve-$1.log" >&2; echo "error: the server stopped" >&2; exit 1; }
        listening=$(grep -m1 -o 'listening on http://[0-9.:]*' "$work/serve-$1.log" | cut -d' ' -f3 || true)
        [[ -n "$listening" ]] && break
        sleep 0.2
    done
    [[ -n "$listening" ]] || { echo "error: the server did not start in 120 s" >&2; exit 1; }
    base=$listening
    until curl -sf -o /dev/null "$base/ping"; do sleep 0.2; done
}

# The first request of a page waits for the analysis index the server builds at start-up.
first_request() {
    curl -sf -o /dev/null --max-time 300 "$@" || { echo "error: $* failed" >&2; exit 1; }
}

run_wrk() { # $1: name, $2: seconds, rest: wrk arguments
    local name=$1 length=$2; shift 2
    local output
    output=$(taskset -c "$client_core" wrk -t1 -c"$connections" -d"$length" --latency -s "$here/p95.lua" "$@")
    echo "$output" >>"$work/wrk.log"
    grep '^RESULT' <<<"$output" | sed "s/^RESULT/$name/"
}

results="$work/results.tsv"
: >"$results"
for cache in $caches; do
    case $cache in on) flag=true ;; off) flag=false ;; *) echo "error: --caches takes off and on" >&2; exit 2 ;; esac
    start_server $flag
    slug=${document%%/*} type=${document#*/}
    if [[ -z "$provision" ]]; then
        # A clause with the most categories: the analysis part of the page is then as full as it gets.
        provision=$(curl -sf --max-time 300 -H "Authorization: Bearer $key" \
            "$base/api/v1/platforms/$slug/documents/$type/provisions?limit=200" |
            jq -r '[.items[] | select(.kind != "heading")] | max_by(.categories | length) | .id')
    fi
    page="/platforms/$slug/$type/provisions/$provision"
    api="/api/v1/platforms/$slug/documents/$type/provisions/$provision"
    first_request "$base$page"
    first_request -H "Authorization: Bearer $key" "$base$api"
    log "cache $cache: $page and $api; warming up"
    run_wrk warm "$warmup" "$base/ping" >/dev/null
    run_wrk warm "$warmup" "$base$page" >/dev/null
    run_wrk warm "$warmup" -H "Authorization: Bearer $key" "$base$api" >/dev/null
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    for run in $(seq "$runs"); do
        for endpoint in ping page member api; do
            case $endpoint in
                ping) line=$(run_wrk ping "$duration" "$base/ping") ;;
                page) line=$(run_wrk page "$duration" "$base$page") ;;
                # The same page with a session cookie, as a member's browser sends it: never from the output cache.
                member) line=$(run_wrk member "$duration" -H "Cookie: clauseline.session=bench" "$base$page") ;;
                api) line=$(run_wrk api "$duration" -H "Authorization: Bearer $key" "$base$api") ;;
            esac
            log "cache $cache run $run: $line"
            echo "$cache $run $line" >>"$results"
        done
    done
    load_after=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "$cache load $load $load_after" >>"$work/load.txt"
    stop_server
done

# Medians per (cache, endpoint) of every figure, ratios to /ping of the same cache setting, as JSON and as a table.
jq -n --rawfile lines "$results" --rawfile loads "$work/load.txt" \
    --arg document "$document" --arg page "$page" --arg api "$api" --arg duration "$duration" \
    --argjson runs "$runs" --argjson connections "$connections" \
    --arg machine "$(nproc --all) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(. /etc/os-release && echo "$PRETTY_NAME")" \
    --arg runtime "$(dotnet --list-runtimes | grep -m1 'NETCore.App 10' | cut -d' ' -f1-2)" \
    --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '
    def median: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
    def figures: ["rps", "p50_ms", "p95_ms", "p99_ms", "requests", "errors", "non2xx"];
    ($lines | split("\n") | map(select(length > 0) | split(" ")
        | {cache: .[0], run: (.[1] | tonumber), endpoint: .[2]} + ([.[3:][] | split("=") | {(.[0]): (.[1] | tonumber)}] | add))) as $all
    | [$all | group_by(.cache + " " + .endpoint)[] as $g
        | {cache: $g[0].cache, endpoint: $g[0].endpoint}
          + ([figures[] as $f | {($f): ($g | map(.[$f]) | median)}] | add)
          + {runs: [$g[] | {run, rps, p50_ms, p95_ms}]}] as $rows
    | {
        date: $date, machine: $machine, runtime: $runtime, document: $document,
        endpoints: {ping: "/ping", page: $page, member: "\($page) with Cookie: clauseline.session", api: $api},
        wrk: "taskset -c 0 wrk -t1 -c\($connections) -d\($duration) --latency -s p95.lua", runs: $runs,
        load_average: ($loads | split("\n") | map(select(length > 0) | split(" ") | {(.[0]): {before: .[2:5] | map(tonumber), after: .[5:8] | map(tonumber)}}) | add),
        results: [$rows[] as $r
            | ($rows[] | select(.cache == $r.cache and .endpoint == "ping")) as $ping
            | $r + {rps_ratio_to_ping: (($r.rps / $ping.rps) * 1000 | round / 1000), p95_ratio_to_ping: (($r.p95_ms / $ping.p95_ms) * 100 | round / 100)}]
          | sort_by(.cache, (.endpoint | {ping: 0, page: 1, member: 2, api: 3}[.]))
      }' >"$out"

printf '\n%-6s %-5s %10s %9s %9s %12s %10s\n' endpoint cache "req/s" "p50 ms" "p95 ms" "req/s ratio" "p95 ratio"
jq -r '.results[] | [.endpoint, .cache, (.rps | floor), .p50_ms, .p95_ms, .rps_ratio_to_ping, .p95_ratio_to_ping] | @tsv' "$out" |
    while IFS=$'\t' read -r e c r p50 p95 rr pr; do
        printf '%-8s %-5s %10s %9.2f %9.2f %12s %10s\n' "$e" "$c" "$r" "$p50" "$p95" "$rr" "$pr"
    done
echo
echo "page: $page   api: $api"
echo "wrote $out"

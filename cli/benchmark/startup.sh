#!/usr/bin/env bash
# Whole-process start-up of the command-line tool (docs/benchmarks.md, "Start-up of the command-line tool"): runs
# --version, inspect and test against the loopback simulators N times each, with plain `java -jar` and with
# bin/azure-mgmt-cert-cli (client compiler + serial GC, without and with its class-data sharing archive), next to
# curl doing test's first request. Prints the median and the 90th percentile of the wall time. Not part of any suite.
# Usage: cli/benchmark/startup.sh [RUNS=15]   (after mvn -f offline/pom.xml -q package -pl cli -am -DskipTests)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-15}
jar=$root/offline/cli/target/azure-mgmt-cert-cli.jar
launcher=$root/bin/azure-mgmt-cert-cli
export XDG_CACHE_HOME
XDG_CACHE_HOME=$(mktemp -d)
out=$(mktemp)
trap 'kill "$sim" 2>/dev/null || true; wait "$sim" 2>/dev/null || true; rm -rf "$XDG_CACHE_HOME" "$out"' EXIT
java -jar "$jar" simulate --duration 600 > "$out" 2>&1 &
sim=$!
for _ in $(seq 100); do grep -q 'source ' "$out" && break; sleep 0.2; done
envfile=$(grep -o '/[^ ]*/env' "$out" | head -1)
# shellcheck disable=SC1090
source "$envfile"
folder=$(dirname "$envfile")
ca=$folder/simulators-ca.pem
export PFX_PASSWORD=$AZURE_CERTIFICATE_PASSWORD

median() { sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.9+0.999)]; printf "median %4d ms  p90 %4d ms\n", m, p}'; }
time_runs() {
  local label=$1; shift
  for _ in $(seq "$runs"); do
    local t0 t1; t0=$(date +%s%N); "$@" > /dev/null 2>&1 || true; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
  done | median | sed "s|^|$label  |"
}
test_args=(test --subscription "$AZURE_SUBSCRIPTION_ID" --cert "$AZURE_CERTIFICATE_PFX" --password-env PFX_PASSWORD
  --url "$AZURE_SERVICE_MANAGEMENT_URL" --trust-store "$ca")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $runs runs each"
"$launcher" "${test_args[@]}" > /dev/null 2>&1 || true   # the first run writes the archive: a test, the slowest command
for cmd in "--version" "inspect $AZURE_CERTIFICATE_PFX --password-env PFX_PASSWORD" "test"; do
  if [ "$cmd" = test ]; then args=("${test_args[@]}"); else read -r -a args <<< "$cmd"; fi
  echo "== ${args[0]}"
  time_runs "java -jar                        " java -jar "$jar" "${args[@]}"
  time_runs "bin/azure-mgmt-cert-cli (no CDS)  " env AZURE_MGMT_CERT_CLI_CDS=off "$launcher" "${args[@]}"
  time_runs "bin/azure-mgmt-cert-cli           " "$launcher" "${args[@]}"
done
echo "== curl, Get Subscription with the same certificate"
time_runs "curl --cert PEM                   " curl -sf --cacert "$ca" --cert "$AZURE_CERTIFICATE_PEM" \
  -H 'x-ms-version: 2014-10-01' "$AZURE_SERVICE_MANAGEMENT_URL/$AZURE_SUBSCRIPTION_ID"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

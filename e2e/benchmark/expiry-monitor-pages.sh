#!/usr/bin/env bash
# What the expiry monitor costs a page (docs/benchmarks.md, "The expiry monitor on every page"): starts the real
# Jenkins of the real Jenkins bundle (E2E_BUNDLE) with the given .hpi (security off, so anonymous is an administrator), saves N
# Azure management certificate credentials in the system store (one certificate expiring in 10 days, so the monitor
# is active, and N-1 copies of a credential whose certificate is valid for two years), dismisses every other
# administrative monitor (as on a controller with nothing else to warn about, where the header's badge asks this
# monitor on every page), then times GET /manage/ and GET /, the monitor's isActivated() inside Jenkins, and the first
# pages after a restart. Not part of any test suite.
#
# Usage: e2e/benchmark/expiry-monitor-pages.sh PLUGIN.hpi [CREDENTIALS=500] [REQUESTS=30] [WARMUP=10]
#   BUNDLE=path/to/real-jenkins (default: E2E_BUNDLE, required); WORK=folder (default a
#   temporary one, deleted at the end unless KEEP=1).
# Prints one line per measurement: median, 90th percentile and maximum wall-clock time of the requests, the Jenkins
# process's CPU time per request (user + system from /proc, which other processes' load does not inflate), and how
# many times per request something walked Jenkins' credentials stores (counted by a credentials provider added
# through the script console: a walk asks every provider once for Jenkins' store).
set -euo pipefail

hpi=$(realpath "${1:?usage: $0 PLUGIN.hpi [CREDENTIALS] [REQUESTS] [WARMUP]}")
credentials=${2:-500}
requests=${3:-30}
warmup=${4:-10}
here=$(cd "$(dirname "$0")" && pwd)
bundle=${BUNDLE:-${E2E_BUNDLE:?set E2E_BUNDLE (or BUNDLE) to the real Jenkins bundle folder}}
work=${WORK:-$(mktemp -d /tmp/expiry-monitor-bench.XXXXXX)}
monitor=io.jenkins.plugins.azuremgmtcert.credentials.ExpiringCertificatesMonitor
impl=io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentialsImpl
uploaded=io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource
jar=$work/cookies
hz=$(getconf CLK_TCK)

mkdir -p "$work"
cleanup() {
    "$bundle/bin/stop" --home "$work/home" >/dev/null 2>&1 || true
    [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

start() {
    eval "$("$bundle/bin/start" --home "$work/home" --plugin "$hpi" | grep -E '^(URL|PID)=')"
    rm -f "$jar"
    crumb=$(curl -s -c "$jar" -b "$jar" "$URL/crumbIssuer/api/json" | sed 's/.*"crumb":"\([^"]*\)".*/\1/')
}
post() { # path, then curl's --data-urlencode arguments
    local path=$1; shift
    curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "Jenkins-Crumb: $crumb" \
        --data-urlencode "Jenkins-Crumb=$crumb" "$@" "$URL/$path"
}
script() { curl -s -c "$jar" -b "$jar" -H "Jenkins-Crumb: $crumb" --data-urlencode "script=$1" "$URL/scriptText"; }
get() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -c "$jar" -b "$jar" "$URL/$1"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
shown() { [[ $(curl -s -c "$jar" -b "$jar" "$URL/manage/") == *'expire within 30 days'* ]]; }
idle() { # until Jenkins uses at most 5 % of a core over 2 s, for at most a minute
    local c0
    for _ in $(seq 1 30); do
        c0=$(cpu_ticks); sleep 2
        [ $(($(cpu_ticks) - c0)) -lt $((hz / 10)) ] && return
    done
}

start
# Compile the two pages' views once, before any credential exists, so that no timing below includes it.
get manage/ >/dev/null; get "" >/dev/null
script "
def j = jenkins.model.Jenkins.get()
j.setDisabledAdministrativeMonitors(hudson.model.AdministrativeMonitor.all().collect { it.id }.findAll { it != '$monitor' } as Set)
j.save()
println 'other monitors dismissed'
"

# Two certificates made by openssl, as .pfx files, and one credential of each through the form endpoint.
password=bench-$RANDOM$RANDOM
pfx() { # name, days
    openssl req -x509 -newkey rsa:2048 -days "$2" -nodes -subj "/CN=$1" \
        -keyout "$work/$1.key" -out "$work/$1.crt" 2>/dev/null
    openssl pkcs12 -export -inkey "$work/$1.key" -in "$work/$1.crt" -passout "pass:$password" -out "$work/$1.pfx"
    base64 -w0 "$work/$1.pfx"
}
create() { # id, pfx base64
    local json
    json=$(printf '{"credentials": {"scope": "GLOBAL", "$class": "%s", "stapler-class": "%s", "id": "%s",
        "description": "Benchmark %s", "subscriptionId": "0b1f6471-1bf0-4dda-aec3-cb9272f09590", "cloud": "AZURE_PUBLIC",
        "certificateSource": {"$class": "%s", "stapler-class": "%s", "keyStore": "%s", "keyStorePassword": "%s"}}}' \
        "$impl" "$impl" "$1" "$1" "$uploaded" "$uploaded" "$2" "$password")
    [ "$(post manage/credentials/store/system/domain/_/createCredentials --data-urlencode "json=$json")" = 302 ] \
        || { echo "could not create credential $1" >&2; exit 1; }
}
create expiring-soon "$(pfx expiring-soon 10)"
create template "$(pfx valid-two-years 730)"

# N-2 copies of the long-lived one, read back from its XML (so each decrypts its own keystore on first use, as after
# a restart), added in one save.
script "
import com.cloudbees.plugins.credentials.SystemCredentialsProvider
import com.cloudbees.plugins.credentials.domains.Domain
import hudson.model.Items
def provider = SystemCredentialsProvider.getInstance()
def list = provider.getDomainCredentialsMap().get(Domain.global())
def xml = Items.XSTREAM2.toXML(list.find { it.id == 'template' })
list.addAll((1..$((credentials - 2))).collect { i -> Items.XSTREAM2.fromXML(xml.replace('<id>template</id>', '<id>copy-' + i + '</id>')) })
provider.save()
println 'credentials=' + list.size()
"

# A provider that only counts how often it is asked for Jenkins' store: once per walk of the stores.
script "
import com.cloudbees.plugins.credentials.CredentialsProvider
import hudson.ExtensionList
import java.util.concurrent.atomic.AtomicInteger
class StoreWalkCounter extends CredentialsProvider {
    static final AtomicInteger WALKS = new AtomicInteger()
    com.cloudbees.plugins.credentials.CredentialsStore getStore(hudson.model.ModelObject object) {
        if (object == jenkins.model.Jenkins.get()) { WALKS.incrementAndGet() }
        return null
    }
}
ExtensionList.lookup(CredentialsProvider).add(new StoreWalkCounter())
System.getProperties().put('bench.walks', StoreWalkCounter.WALKS)
println 'store walk counter added'
"
walks() { script "println 'walks=' + System.getProperties().get('bench.walks').get()" | sed -n 's/^walks=//p'; }

# The first page after the credentials were saved (the old monitor decrypts every keystore in this request).
first=$(get manage/)
echo "first GET /manage/ after the save: ${first#* } s (HTTP ${first% *})"
# The monitor must be active before timing (the new one lists the certificate a second or so after the save) ...
for _ in $(seq 1 60); do
    shown && break
    sleep 0.5
done
shown || { echo "the expiry warning is not shown" >&2; exit 1; }
# ... and Jenkins idle again (the new monitor decrypts the keystores in the background after the save).
idle

measure() { # label, path
    local times=$work/times w0 w1 c0 c1 code seconds
    for _ in $(seq 1 "$warmup"); do get "$2" >/dev/null; done
    : > "$times"
    w0=$(walks); c0=$(cpu_ticks)
    for _ in $(seq 1 "$requests"); do
        read -r code seconds < <(get "$2")
        [ "$code" = 200 ] || { echo "GET /$2 answered $code" >&2; exit 1; }
        echo "$seconds" >> "$times"
    done
    c1=$(cpu_ticks); w1=$(walks)
    sort -n "$times" | awk -v label="$1" -v n="$requests" -v cpu=$((c1 - c0)) -v hz="$hz" -v walks=$((w1 - w0)) '
        { t[NR] = $1 * 1000 }
        END {
            p90 = int(0.9 * n + 0.999999); if (p90 > n) p90 = n
            median = n % 2 ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
            printf "%s: %d requests, median %.1f ms, p90 %.1f ms, max %.1f ms, Jenkins CPU %.1f ms/request, store walks %.1f/request\n",
                label, n, median, t[p90], t[n], cpu * 1000 / hz / n, walks / n
        }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "GET /manage/" manage/
measure "GET /" ""
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The monitor's own answer, timed inside Jenkins (thread CPU time and wall-clock, per call, after 10 calls).
script "
def m = jenkins.model.Jenkins.get().getAdministrativeMonitor('$monitor')
def bean = java.lang.management.ManagementFactory.threadMXBean
10.times { m.isActivated() }
def wall = []; def cpu = []
$requests.times {
    long w = System.nanoTime(); long c = bean.currentThreadCpuTime
    if (!m.isActivated()) { throw new IllegalStateException('not activated') }
    cpu << (bean.currentThreadCpuTime - c); wall << (System.nanoTime() - w)
}
def med = { l -> def s = l.sort(false); (s[(int) (s.size() / 2) - 1] + s[(int) (s.size() / 2)]) / 2 / 1e6 }
printf('isActivated(): median %.3f ms wall, %.3f ms CPU over %d calls%n', med(wall), med(cpu), wall.size())
"

# After a restart no keystore is decrypted yet: the first pages an administrator opens.
"$bundle/bin/stop" --home "$work/home" >/dev/null
start
c0=$(cpu_ticks)
first=$(get "")
c1=$(cpu_ticks)
second=$(get "")
echo "after a restart: first GET / ${first#* } s (Jenkins CPU $(((c1 - c0) * 1000 / hz)) ms), second ${second#* } s"

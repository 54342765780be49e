#!/bin/bash
# Signs in with the Azure CLI (Debian's azure-cli package) exactly as a build would inside withAzureCert, against
# the loopback simulators instead of Azure: the certificate files and variables come from the plugin's own code
# (offline/clients, SimulatorsMain), the CLI is pointed at the simulators with a registered cloud, and trusts them
# through REQUESTS_CA_BUNDLE. Not part of .ci/run: it installs a system package and takes about a minute.
#
#   bash clients/azure-cli.sh            # installs azure-cli with apt-get if `az` is missing (needs root)
#   AZ_AUTHORITY=tenant bash clients/azure-cli.sh   # the Entra ID-style authority instead of the AD FS-style one
#
# Exit status 0 when az login, az account show and az rest all succeed. Nothing outside a temporary folder is
# changed besides the package install; the simulators stop when the script ends (and by themselves after 10 minutes).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
simulators=
cleanup() {
    if [ -n "$simulators" ]; then kill "$simulators" 2>/dev/null || true; wait "$simulators" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v az >/dev/null; then
    echo "== installing Debian's azure-cli"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q azure-cli >/dev/null
fi

echo "== building the simulators and the plugin's file writer (offline reactor)"
mvn -B -q -f "$root/offline/pom.xml" test-compile dependency:build-classpath -pl clients -am \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
classpath="$root/offline/clients/target/test-classes:$(cat "$root/offline/clients/target/test-classpath.txt")"

echo "== starting the simulators"
java -cp "$classpath" io.jenkins.plugins.azuremgmtcert.clients.SimulatorsMain "$work/sim" 10 >"$work/simulators.log" 2>&1 &
simulators=$!
for _ in $(seq 1 120); do
    [ -f "$work/sim/env.sh" ] && break
    kill -0 "$simulators" 2>/dev/null || { cat "$work/simulators.log"; exit 1; }
    sleep 0.5
done
# shellcheck source=/dev/null
. "$work/sim/env.sh"

export AZURE_CONFIG_DIR="$work/azure-config"
export REQUESTS_CA_BUNDLE="$SIMULATED_ENTRA_CA"
export AZURE_CORE_COLLECT_TELEMETRY=false AZURE_CORE_NO_COLOR=true AZURE_CORE_SURVEY_MESSAGE=false
version=$(az version --query '"azure-cli"' -o tsv 2>/dev/null)
echo "== azure-cli $version"

# All three Entra ID endpoints are given, so that `az cloud register` does not ask Resource Manager's
# /metadata/endpoints for them. An authority whose path is /adfs: MSAL Python then reads /adfs/.well-known/openid-configuration and skips the
# instance discovery it would otherwise ask of login.microsoftonline.com for a host it does not know.
authority="$SIMULATED_AUTHORITY_URL/adfs"
[ "${AZ_AUTHORITY:-adfs}" = tenant ] && authority="$SIMULATED_AUTHORITY_URL"
echo "== authority $authority"
az cloud register --name SimulatedAzure \
    --endpoint-active-directory "$authority" \
    --endpoint-active-directory-resource-id "$SIMULATED_RESOURCE_MANAGER_URL" \
    --endpoint-active-directory-graph-resource-id "$SIMULATED_RESOURCE_MANAGER_URL" \
    --endpoint-resource-manager "$SIMULATED_RESOURCE_MANAGER_URL" \
    --endpoint-management "$AZURE_SERVICE_MANAGEMENT_URL/" >/dev/null
az cloud set --name SimulatedAzure >/dev/null

# From Azure CLI 2.67 the PEM goes to --certificate; before, to -p/--password.
if [ "$(printf '%s\n2.67.0\n' "$version" | sort -V | head -n1)" = "2.67.0" ]; then
    certificate_option=--certificate
else
    certificate_option=--password
fi
set -x
az login ${AZ_LOGIN_OPTIONS:-} --service-principal --username "$AZURE_CLIENT_ID" --tenant "$AZURE_TENANT_ID" \
    "$certificate_option" "$AZURE_CERTIFICATE_PEM" --output table
az account show --output json
az rest --method get --url "${SIMULATED_RESOURCE_MANAGER_URL}subscriptions?api-version=2022-12-01" --output json
set +x

# Python Azure Identity as the CLI's package brings it (Debian's python3-azure), from the same variables.
echo "== Python azure-identity CertificateCredential with AZURE_CERTIFICATE_PEM"
/usr/bin/python3 - <<'PYTHON'
import os
import azure.core, azure.identity, msal
from azure.identity import CertificateCredential
print("azure-identity", azure.identity.__version__, "azure-core", azure.core.__version__, "msal", msal.__version__)
# Tenant "adfs" makes the authority https://host/adfs, as for the CLI above.
credential = CertificateCredential("adfs", os.environ["AZURE_CLIENT_ID"],
                                   certificate_path=os.environ["AZURE_CERTIFICATE_PEM"],
                                   authority=os.environ["SIMULATED_AUTHORITY_URL"])
token = credential.get_token(os.environ["SIMULATED_RESOURCE_MANAGER_URL"] + "/.default")
print("token of", len(token.token), "characters, expires", token.expires_on)
PYTHON
echo "== az login, az account show, az rest and Python azure-identity succeeded against the simulators"

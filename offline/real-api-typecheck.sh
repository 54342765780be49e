#!/bin/bash
# Type-checks the plugin's sources (src/main/java and ALL of src/test/java, including the *JenkinsTest files that only
# the root build compiles) against the REAL Jenkins, plugin and test-harness sources instead of the offline stubs.
# The root pom.xml cannot run here (its parent and dependencies live in repo.jenkins-ci.org); this catches what would
# break `mvn verify` for a real user: a wrong method name, a wrong signature, a class that does not exist, a class
# from a jar the root pom does not ask for (workflow-cps's tests jar), a JUnit 4 import.
#
# How: javac -proc:none -implicit:none with the real sources on -sourcepath (javac reads only the classes our files
# reach) and third-party jars from Maven Central on the class path; run at --release 21 (the core's language level)
# and at --release 17 (the root build's maven.compiler.release). Real sources whose own third-party dependencies are
# missing report errors ("noise"); -XDshould-stop.ifError=FLOW keeps javac attributing our files anyway, and a probe
# file with deliberate mistakes proves in each run that it did. The offline jenkins-stubs jar is NOT on the class
# path: nothing may shadow the real sources.
#
# Prerequisites
#   - A JDK 21 or newer (Jenkins core at HEAD uses Java 21 syntax): JDK=/path/to/jdk, or JAVA_HOME.
#   - Default mode: the real core and base plugins exported by offline/stub-check/real-api.sh into REAL_API
#     (default /tmp/real-jenkins-api; at their HEAD): jenkins, credentials, plain-credentials, credentials-binding,
#     workflow-step-api, bouncycastle-api, structs, stapler, annotation-indexer, symbol-annotation,
#     workflow-basic-steps, jenkins-test-harness, remoting. With --pinned these are read from MIRROR instead.
#   - Cloned into MIRROR (required; layout jenkinsci+<name>/repo, bare git, e.g.
#     `git clone --bare https://github.com/jenkinsci/<name> $MIRROR/jenkinsci+<name>/repo`): configuration-as-code-plugin, workflow-cps-plugin, workflow-job-plugin,
#     workflow-api-plugin, workflow-support-plugin, workflow-durable-task-step-plugin, cloudbees-folder-plugin
#     (Folder, for StorePermissionsJenkinsTest), stapler (its jelly module),
#     and, only to reduce the noise, script-security-plugin, lib-version-number, lib-task-reactor,
#     lib-access-modifier; with --pinned also the thirteen repositories above. A missing one is reported and skipped.
#     Their sources are exported with `git archive` into WORK (default /tmp/real-api-typecheck).
#   - The offline build installed once: `mvn -f offline/pom.xml -q install -DskipTests` (for the generated Messages
#     classes and the offline test class path).
#
# Jars: the offline plugin module's test class path (JUnit 5, mockito, BouncyCastle 1.84, guava, commons-io,
# spring-security-core, xstream, servlet 6, sezpoz, localizer, spotbugs annotations, ...) minus jenkins-stubs,
# build-tools, the old Stapler jar and the old access-modifier-annotation jar; plus what
# `mvn dependency:get -Dtransitive=false` fetches from Central once (list in JARS below): junit 4.13.2, hamcrest,
# htmlunit 4.11.x, Jetty 12 (core, ee9, ee10), groovy 2.4.21, json-lib, snakeyaml, guice, Spring, commons-*, Ant,
# JNA, args4j, jfreechart and other libraries the real sources import.
#
# Usage: offline/real-api-typecheck.sh [-v] [--pinned]
#   --pinned: check against the versions the root pom resolves (core 2.541.3, the BOM's plugins: see step 1), from
#   the MIRROR's history (a version the mirror lacks falls back to its HEAD, with a note), instead of HEAD.
#   -v: print the noise too (logs: WORK/javac-21.log, WORK/javac-17.log).
#   Prints every error located in the plugin's own files (src/, simulator/) and one summary line per run: the count
#   of those errors and of the noise in the real sources. Then any JUnit 4 import (junit.*, org.junit.* other than
#   jupiter/platform), which the root build's enforcer rejects.
#   Exit 0: no error in our files. Exit 1: errors in our files. Exit 2: the checker is broken (probe unseen) or a
#   prerequisite is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
real=${REAL_API:-/tmp/real-jenkins-api}
mirror=${MIRROR:?set MIRROR to the folder of bare clones laid out as jenkinsci+<name>/repo}
work=${WORK:-/tmp/real-api-typecheck}
jdk=${JDK:-${JAVA_HOME:?set JDK (or JAVA_HOME) to a JDK 21 or newer}}
m2=${M2_REPO:-$HOME/.m2/repository}
verbose=false; pinned=false
for arg in "$@"; do
    case $arg in
        -v) verbose=true ;;
        --pinned) pinned=true ;;
        *) echo "usage: $0 [-v] [--pinned]" >&2; exit 2 ;;
    esac
done

messages=$root/offline/plugin/target/generated-sources/localizer
[ -d "$messages" ] || { echo "no $messages: run mvn -f offline/pom.xml -q install -DskipTests" >&2; exit 2; }
mkdir -p "$work"

# export REPO REV PATH DEST: git archive of one folder; REV falls back to HEAD when the mirror lacks it.
export_sources() {
    local g=$mirror/jenkinsci+$1/repo rev=$2
    if [ ! -d "$g" ]; then echo "not fetched (skipped): jenkinsci/$1" >&2; return; fi
    if ! git -C "$g" cat-file -e "$rev^{commit}" 2>/dev/null; then
        echo "jenkinsci/$1: $rev not in the mirror, using its HEAD $(git -C "$g" log -1 --format='%h %cs')" >&2
        rev=HEAD
    fi
    git -C "$g" archive "$rev" "$3" | tar -x -C "$4" --strip-components="$(echo "$3" | awk -F/ '{print NF}')"
}

# 1. The real sources. Default: REAL_API (HEAD of every repository) plus the extra plugins at their HEAD.
#    --pinned: every repository at the version the root pom resolves, exported into WORK/pinned: core 2.541.3
#    (jenkins.version), Stapler and Remoting as that core's bom/pom.xml says, jenkins-test-harness 2578.v44660312fd37
#    (plugin parent 6.2221.va_045130417c9), and the plugins as bom-2.541.x 6916.v15ec97679743 manages them (the
#    commit is the version's suffix after ".v", without "_"). workflow-cps's test classes count only if the root
#    pom asks for its tests jar, as the real build would.
cps_tests=""
if perl -0777 -ne 'exit 1 unless m{<dependency>(?:(?!</dependency>).)*<artifactId>workflow-cps</artifactId>
        (?:(?!</dependency>).)*<classifier>tests</classifier>}sx' "$root/pom.xml"; then
    cps_tests="workflow-cps-plugin:49a6937566b6:plugin/src/test/java"
fi
BASE="jenkins:jenkins-2.541.3:core/src/main/java
credentials-plugin:2e3cb0008ef0:src/main/java
plain-credentials-plugin:9f8e1f741799:src/main/java
credentials-binding-plugin:902a273b8947:src/main/java
workflow-step-api-plugin:538c2362bdfb:src/main/java
bouncycastle-api-plugin:9f17b21896e2:src/main/java
structs-plugin:ab695ef4fdf9:src/main/java
lib-symbol-annotation:HEAD:src/main/java
stapler:425108fd5089:core/src/main/java
lib-annotation-indexer:HEAD:src/main/java
workflow-basic-steps-plugin:808bfd7f8cf4:src/main/java
jenkins-test-harness:44660312fd37:src/main/java
remoting:17afb4b2773f:src/main/java"
EXTRA="configuration-as-code-plugin:c05a0be6bf4e:plugin/src/main/java
configuration-as-code-plugin:c05a0be6bf4e:test-harness/src/main/java
workflow-cps-plugin:49a6937566b6:plugin/src/main/java
workflow-cps-plugin:49a6937566b6:lib/src/main/java
$cps_tests
workflow-job-plugin:18e46842c125:src/main/java
workflow-api-plugin:2ff1a5e720fa:src/main/java
workflow-support-plugin:785e5abb8b22:src/main/java
workflow-durable-task-step-plugin:56e587f413a7:src/main/java
cloudbees-folder-plugin:HEAD:src/main/java
stapler:425108fd5089:jelly/src/main/java
script-security-plugin:HEAD:src/main/java
lib-version-number:HEAD:src/main/java
lib-task-reactor:HEAD:src/main/java
lib-access-modifier:HEAD:access-modifier-annotation/src/main/java"
rm -rf "$work/extra" "$work/pinned"; mkdir -p "$work/extra"
if $pinned; then
    real=$work/pinned; mkdir -p "$real"
    for r in $BASE; do IFS=: read -r repo rev path <<< "$r"; export_sources "$repo" "$rev" "$path" "$real"; done
else
    [ -d "$real" ] || { echo "no real API at $real: run offline/stub-check/real-api.sh first" >&2; exit 2; }
fi
for r in $EXTRA; do
    IFS=: read -r repo rev path <<< "$r"
    $pinned || rev=HEAD
    export_sources "$repo" "$rev" "$path" "$work/extra"
done

# 2. Jars from Maven Central (groupId:artifactId:version[:packaging:classifier]).
JARS="junit:junit:4.13.2 org.hamcrest:hamcrest:2.2
org.htmlunit:htmlunit:4.11.1 org.htmlunit:htmlunit-core-js:4.11.0 org.htmlunit:htmlunit-cssparser:4.11.0
org.htmlunit:htmlunit-xpath:4.11.0 org.htmlunit:neko-htmlunit:4.11.0 org.htmlunit:htmlunit-websocket-client:4.11.0
org.eclipse.jetty:jetty-server:12.0.25 org.eclipse.jetty:jetty-util:12.0.25 org.eclipse.jetty:jetty-http:12.0.25
org.eclipse.jetty:jetty-io:12.0.25 org.eclipse.jetty:jetty-security:12.0.25 org.eclipse.jetty:jetty-session:12.0.25
org.eclipse.jetty:jetty-ee:12.0.25 org.eclipse.jetty.ee10:jetty-ee10-servlet:12.0.25
org.eclipse.jetty.ee10:jetty-ee10-webapp:12.0.25 org.eclipse.jetty.ee9:jetty-ee9-nested:12.0.25
org.eclipse.jetty.ee9:jetty-ee9-webapp:12.0.25 org.eclipse.jetty.ee9:jetty-ee9-security:12.0.25
org.apache.commons:commons-lang3:3.18.0 org.apache.commons:commons-text:1.14.0
org.springframework.security:spring-security-web:6.5.7 org.springframework.security:spring-security-crypto:6.5.7
org.springframework:spring-core:6.2.12 org.springframework:spring-context:6.2.12
org.springframework:spring-beans:6.2.12 org.springframework:spring-web:6.2.12
org.codehaus.groovy:groovy:2.4.21 net.sf.json-lib:json-lib:2.4:jar:jdk15 org.yaml:snakeyaml:2.5
com.google.inject:guice:6.0.0 jakarta.inject:jakarta.inject-api:2.0.1 javax.inject:javax.inject:1
commons-beanutils:commons-beanutils:1.11.0 commons-lang:commons-lang:2.6 commons-codec:commons-codec:1.19.0
commons-collections:commons-collections:3.2.2 commons-logging:commons-logging:1.3.5 commons-jelly:commons-jelly:1.0
commons-jexl:commons-jexl:1.1 org.apache.httpcomponents:httpclient:4.5.14 org.apache.httpcomponents:httpcore:4.4.16
org.apache.httpcomponents:httpmime:4.5.14 javax.servlet:javax.servlet-api:4.0.1 args4j:args4j:2.37
net.jcip:jcip-annotations:1.0 org.apache.commons:commons-fileupload2-core:2.0.0-M4
org.apache.commons:commons-fileupload2-jakarta-servlet5:2.0.0-M4 org.jfree:jfreechart:1.0.19 org.jfree:jcommon:1.0.23
org.apache.ant:ant:1.10.15 org.jboss.marshalling:jboss-marshalling:2.2.3.Final
org.jboss.marshalling:jboss-marshalling-river:2.2.3.Final net.java.dev.jna:jna:5.17.0 org.dom4j:dom4j:2.1.4
jakarta.websocket:jakarta.websocket-api:2.1.1 jakarta.websocket:jakarta.websocket-client-api:2.1.1
org.antlr:antlr4-runtime:4.13.2 jaxen:jaxen:2.0.0 jakarta.annotation:jakarta.annotation-api:2.1.1 io.vavr:vavr:0.10.6
com.github.ben-manes.caffeine:caffeine:3.2.2 org.json:json:20250517 org.glassfish.jaxb:txw2:4.0.5
org.jenkins-ci:constant-pool-scanner:1.2"
cp=""
for coord in $JARS; do
    IFS=: read -r g a v p c <<< "$coord"
    jar=$m2/${g//.//}/$a/$v/$a-$v${c:+-$c}.jar
    if [ ! -f "$jar" ]; then
        mvn -q dependency:get -Dtransitive=false -Dartifact="$coord" >/dev/null 2>&1 \
            || { echo "could not download $coord (skipped)" >&2; continue; }
    fi
    cp=$cp:$jar
done
mvn -B -f "$root/offline/pom.xml" -q -pl plugin dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/offline-cp.txt" > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 2; }
offline=$(tr ':' '\n' < "$work/offline-cp.txt" \
    | grep -v -e '/jenkins-stubs/' -e '/build-tools/' -e '/org/kohsuke/stapler/stapler/' \
          -e '/access-modifier-annotation/' -e '/offline/simulator/' \
    | paste -sd:)
cp=$offline$cp

# 3. A probe with deliberate mistakes: if javac does not report them, it stopped attributing and the check is void.
probe=$work/probe/io/jenkins/plugins/azuremgmtcert/RealApiTypecheckProbe.java
mkdir -p "$(dirname "$probe")"
cat > "$probe" <<'EOF'
package io.jenkins.plugins.azuremgmtcert;

class RealApiTypecheckProbe {
    void probe(org.jvnet.hudson.test.JenkinsRule r) throws Exception {
        r.probeNoSuchMethod();
        String notAFile = r.jenkins.getRootDir();
    }
}
EOF

# 4. Compile and report, twice: at Java 21 (the language level of the real core sources; the main pass) and at
#    Java 17 (the root build's maven.compiler.release, so our files must not use newer syntax; the core's Java 21
#    constructs add noise in that pass). A diagnostic starts with "path:line: error:" and belongs to that file.
sp=$root/src/main/java:$messages:$root/src/test/java:$root/simulator/src/main/java:$real:$work/extra
mapfile -t ours < <(find "$root/src/main/java" "$root/src/test/java" -name '*.java' | sort)
blocks() { # $1 = log, $2 = "ours" or "noise"
    awk -v r="$root/" -v p="$work/probe/" -v want="$2" '
        /^\/.*\.java:[0-9]+: (error|warning):/ { mine = index($0, r) == 1; probe = index($0, p) == 1
                                                 keep = want == "ours" ? mine : !mine && !probe }
        /^[0-9]+ (errors?|warnings?)$/ { keep = 0 }
        keep' "$1"
}
total=0
for release in 21 17; do
    log=$work/javac-$release.log
    rm -rf "$work/out"; mkdir -p "$work/out"
    set +e
    "$jdk/bin/javac" --release "$release" -proc:none -implicit:none -XDshould-stop.ifError=FLOW -Xmaxerrs 100000 \
        -nowarn -encoding UTF-8 -d "$work/out" -cp "$cp" -sourcepath "$sp" "${ours[@]}" "$probe" > "$log" 2>&1
    set -e
    if ! grep -q 'probeNoSuchMethod' "$log" || ! grep -q 'File cannot be converted to String' "$log"; then
        echo "checker broken: the probe's deliberate errors were not reported at --release $release; see $log" >&2
        exit 2
    fi
    mine=$(blocks "$log" ours)
    count=$(printf '%s\n' "$mine" | grep -cE '^/.*\.java:[0-9]+: error:' || true)
    noise=$(blocks "$log" noise | grep -cE '^/.*\.java:[0-9]+: error:' || true)
    if $verbose; then blocks "$log" noise; fi
    [ -n "$mine" ] && printf '%s\n' "$mine"
    echo "--release $release: ${#ours[@]} plugin files checked against the real API: $count error(s) in them;" \
         "$noise error(s) inside the real sources (noise, ignored; full log $log)"
    total=$((total + count))
done

# 5. The root build's enforcer (ban-junit4-imports.skip=false in pom.xml) rejects JUnit 4 imports before compiling.
banned=$(grep -rnE '^import (static )?(junit|org\.junit)\.' "$root/src" "$root/simulator/src" --include='*.java' \
    | grep -vE 'org\.junit\.(jupiter|platform)\.' || true)
if [ -n "$banned" ]; then
    printf '%s\n' "$banned"
    echo "JUnit 4 imports, which the root build's enforcer rejects: $(printf '%s\n' "$banned" | wc -l)"
    total=$((total + 1))
fi
[ "$total" -eq 0 ]

#!/bin/bash
# Formats (or, with --check, checks) every Java source of the repository and the root pom.xml exactly as the plugin
# parent POM's Spotless configuration does in the real build (palantir-java-format 2.97.0, import order, no unused
# imports; sortPom for pom.xml), using only Maven Central.
# Spotless only reads files below the pom's own folder, and the root pom.xml cannot run here (its parent lives in
# the Jenkins repository), so this writes a throwaway pom beside it for the run and removes it afterwards.
# Usage: offline/format.sh [--check]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
goal=apply; [ "${1:-}" = "--check" ] && goal=check
pom="$root/.format-pom.xml"
trap 'rm -f "$pom"' EXIT
cat > "$pom" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>format</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>com.diffplug.spotless</groupId><artifactId>spotless-maven-plugin</artifactId><version>3.9.0</version>
    <configuration>
      <java>
        <includes>
          <include>src/*/java/**/*.java</include><include>cli/src/*/java/**/*.java</include>
          <include>simulator/src/*/java/**/*.java</include><include>offline/*/src/*/java/**/*.java</include>
          <include>e2e/src/*/java/**/*.java</include><include>clients/src/*/java/**/*.java</include>
        </includes>
        <endWithNewline/><importOrder/><indent><spaces>true</spaces></indent>
        <palantirJavaFormat><version>2.97.0</version></palantirJavaFormat>
        <removeUnusedImports/><toggleOffOn/><trimTrailingWhitespace/>
      </java>
      <pom>
        <includes><include>pom.xml</include></includes>
        <sortPom>
          <expandEmptyElements>false</expandEmptyElements>
          <sortDependencies>scope,groupId,artifactId</sortDependencies>
          <sortDependencyExclusions>groupId,artifactId</sortDependencyExclusions>
          <spaceBeforeCloseEmptyElement>true</spaceBeforeCloseEmptyElement>
        </sortPom>
      </pom>
    </configuration>
  </plugin></plugins></build>
</project>
POM
mvn -q -B -f "$pom" "spotless:$goal"

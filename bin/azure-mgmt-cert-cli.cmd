@echo off
rem Runs the command-line tool (offline\cli\target\azure-mgmt-cert-cli.jar, built by the README's set-up command) with
rem the client compiler only and the serial GC, which shorten its start (docs\benchmarks.md). Set JAVA_HOME to choose
rem the Java runtime and AZURE_MGMT_CERT_CLI_JAR to run another jar.
setlocal
set "JAR=%AZURE_MGMT_CERT_CLI_JAR%"
if "%JAR%"=="" set "JAR=%~dp0..\offline\cli\target\azure-mgmt-cert-cli.jar"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%JAR%" (
  echo azure-mgmt-cert-cli: no %JAR%; build it first: mvn -f offline/pom.xml -q package -pl cli -am -DskipTests 1>&2
  exit /b 1
)
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar "%JAR%" %*
exit /b %ERRORLEVEL%

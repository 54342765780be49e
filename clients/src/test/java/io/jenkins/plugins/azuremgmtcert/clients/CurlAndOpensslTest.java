package io.jenkins.plugins.azuremgmtcert.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands the user guide shows for a build, run as a build would run them with {@code withAzureCert}'s
 * variables: curl lists the hosted services from the Service Management simulator with the PEM and with the .pfx,
 * and openssl reads the .pfx and finds the thumbprint the build was given. Skipped, saying so, where curl or
 * openssl is not installed.
 */
class CurlAndOpensslTest {

    @TempDir
    static Path folder;

    private static SimulatedAzure azure;

    @BeforeAll
    static void start() throws Exception {
        azure = SimulatedAzure.start(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        azure.close();
    }

    @Test
    void curlListsHostedServicesWithThePem() throws Exception {
        assumeInstalled("curl");

        Result result = listHostedServices(List.of("--cert", azure.variable(AzureVariableNames.PEM)));

        assertListed(result);
    }

    @Test
    void curlListsHostedServicesWithThePfxAndItsPassword() throws Exception {
        assumeInstalled("curl");

        Result result = listHostedServices(List.of(
                "--cert-type",
                "P12",
                "--cert",
                azure.variable(AzureVariableNames.PFX) + ":" + azure.variable(AzureVariableNames.PASSWORD)));

        assertListed(result);
    }

    @Test
    void opensslReadsThePfxAndFindsTheThumbprintTheBuildWasGiven() throws Exception {
        assumeInstalled("openssl");
        Path certificate = folder.resolve("from-pfx.pem");

        Result extracted = run(
                List.of(
                        "openssl",
                        "pkcs12",
                        "-in",
                        azure.variable(AzureVariableNames.PFX),
                        "-passin",
                        "env:PFX_PASSWORD",
                        "-nokeys",
                        "-clcerts",
                        "-out",
                        certificate.toString()),
                Map.of("PFX_PASSWORD", azure.variable(AzureVariableNames.PASSWORD)));
        assertEquals(0, extracted.exitCode(), extracted.output());
        Result fingerprint = run(
                List.of("openssl", "x509", "-in", certificate.toString(), "-noout", "-fingerprint", "-sha1"), Map.of());

        assertEquals(0, fingerprint.exitCode(), fingerprint.output());
        String hex = fingerprint
                .output()
                .strip()
                .replaceFirst("(?i)^sha1 Fingerprint=", "")
                .replace(":", "");
        assertEquals(azure.variable(AzureVariableNames.THUMBPRINT), hex);
    }

    private static Result listHostedServices(List<String> certificateOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "curl",
                "--silent",
                "--show-error",
                "--max-time",
                "30",
                "--cacert",
                azure.serviceManagementCa().toString(),
                "--header",
                "x-ms-version: 2014-10-01",
                "--write-out",
                "\nHTTP %{http_code}"));
        command.addAll(certificateOptions);
        command.add(azure.variable(AzureVariableNames.SERVICE_MANAGEMENT_URL) + "/"
                + azure.variable(AzureVariableNames.SUBSCRIPTION_ID) + "/services/hostedservices");
        return run(command, Map.of());
    }

    private static void assertListed(Result result) {
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().strip().endsWith("HTTP 200"), result.output());
        assertTrue(result.output().contains("<ServiceName>" + SimulatedAzure.HOSTED_SERVICE + "</ServiceName>"));
    }

    private static void assumeInstalled(String tool) throws Exception {
        boolean installed;
        try {
            // "openssl version" and "curl --version" both print a version and exit 0.
            installed = run(List.of(tool, "openssl".equals(tool) ? "version" : "--version"), Map.of())
                            .exitCode()
                    == 0;
        } catch (IOException notFound) {
            installed = false;
        }
        assumeTrue(installed, tool + " is not installed here, so this check of it is skipped");
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }
}
